import { defineConfig } from 'vite';

// The core on its own, for Node and other tools (the coming command line): one ES module with
// no browser code, its dependencies (@noble/*, jose) left as imports. `npm run build:core` writes lib/ (this
// bundle, then the type declarations beside it, see scripts/build-core.mjs).
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'lib',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    lib: {
      entry: 'src/core/index.ts',
      formats: ['es'],
      fileName: () => 'index.js',
    },
    rolldownOptions: {
      external: [/^@noble\//, /^jose$/],
    },
  },
});
