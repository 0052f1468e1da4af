#!/usr/bin/env node
// `npm run gen:wasm`: writes src/core/secrets/sha256x4.wasm from its generator
// (scripts/wasm/sha256x4.ts). tests/unit/core/secrets/hmac-simd.test.ts fails when it is stale.
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const server = await createServer({ root, configFile: false, logLevel: 'error', server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom' });
try {
  const { sha256x4Wasm } = await server.ssrLoadModule('/scripts/wasm/sha256x4.ts');
  const bytes = sha256x4Wasm();
  writeFileSync(join(root, 'src/core/secrets/sha256x4.wasm'), bytes);
  console.log(`src/core/secrets/sha256x4.wasm: ${bytes.length} bytes`);
} finally {
  await server.close();
}
