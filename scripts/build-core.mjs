#!/usr/bin/env node
// `npm run build:core`: the core on its own, for Node and other tools, in lib/ (or the folder
// given as the first argument): lib/index.js (one ES module, @noble/* left as imports) and its
// type declarations, whose relative imports carry the `.js` a Node ES module resolver needs.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(process.argv[2] ?? join(root, 'lib'));
const typesDir = join(outDir, 'types');

await build({
  root,
  configFile: join(root, 'vite.core.config.ts'),
  logLevel: 'warn',
  build: { outDir, emptyOutDir: true },
});
// The command line (package.json "bin"): lib/cli.js, the core bundled in (vite.cli.config.ts).
await build({
  root,
  configFile: join(root, 'vite.cli.config.ts'),
  logLevel: 'warn',
  build: { outDir, emptyOutDir: false },
});

const tsc = spawnSync(
  process.execPath,
  [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.core-build.json'), '--outDir', typesDir],
  { stdio: 'inherit' },
);
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

/** './json' → './json/index.js', './types' → './types.js', as the emitted files lie. */
function withExtension(file, specifier) {
  const target = resolve(dirname(file), specifier);
  if (existsSync(`${target}.d.ts`)) return `${specifier}.js`;
  if (existsSync(join(target, 'index.d.ts'))) return `${specifier}/index.js`;
  throw new Error(`${file}: cannot resolve ${specifier}`);
}

function rewrite(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) rewrite(path);
    else if (name.endsWith('.d.ts')) {
      const text = readFileSync(path, 'utf8');
      const fixed = text.replace(/(from |import\()'(\.{1,2}\/[^']*)'/g, (_m, lead, spec) => `${lead}'${withExtension(path, spec)}'`);
      if (fixed !== text) writeFileSync(path, fixed);
    }
  }
}
rewrite(typesDir);
writeFileSync(join(outDir, 'index.d.ts'), "export * from './types/index.js';\n");
console.log(`core built in ${outDir}`);
