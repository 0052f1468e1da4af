#!/usr/bin/env node
// `npm run docs`: writes docs/rules.md from the rule files' metadata (src/core/rules/*.ts).
// tests/unit/build/rules-doc.test.ts fails when the page is stale.
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const server = await createServer({ root, configFile: false, logLevel: 'error', server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom' });
try {
  const { ruleCatalog } = await server.ssrLoadModule('/src/core/index.ts');
  const { rulesDoc } = await server.ssrLoadModule('/scripts/docs/rules-doc.ts');
  writeFileSync(join(root, 'docs/rules.md'), rulesDoc(ruleCatalog));
  console.log(`docs/rules.md: ${ruleCatalog.length} rules`);
} finally {
  await server.close();
}
