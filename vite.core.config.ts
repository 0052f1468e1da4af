import { defineConfig } from 'vite';

// The core on its own, for Node and other tools (the coming command line): one ES module with
// no browser code, its dependencies (@noble/*, jose) left as imports. `npm run build:core` writes lib/ (this
// bundle, then the type declarations beside it, see scripts/build-core.mjs), and the command line
// (src/cli, package.json "bin") as lib/cli.js over the same core module.
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'lib',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    lib: {
      entry: { index: 'src/core/index.ts', cli: 'src/cli/bin.ts' },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      external: [/^@noble\//, /^jose$/, /^node:/],
      output: { chunkFileNames: '[name].js' },
    },
  },
});
