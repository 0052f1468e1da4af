import { defineConfig } from 'vite';

// The command line (src/cli, package.json "bin") for Node: lib/cli.js with the core and its
// dependencies bundled in, so a start resolves and loads one file (jose and ML-DSA, used only by
// keygen and sign, stay in chunks loaded on use). Written by `npm run build:core` after the core.
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'lib',
    emptyOutDir: false,
    target: 'node20',
    minify: true,
    sourcemap: false,
    lib: {
      entry: { cli: 'src/cli/bin.ts' },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      external: [/^node:/],
      output: { chunkFileNames: 'cli-[name]-[hash].js' },
    },
  },
});
