#!/usr/bin/env node
// Issue 15's "well-kept WebAssembly hashing library" figure: HMAC-SHA-256 candidates per second
// on one core with hash-wasm, beside our WebAssembly SIMD matcher and our JavaScript matcher, in
// Node (the V8 of Chromium), on 500k short candidates against a short HS256 token (none match).
// hash-wasm is not a dependency: `npm install --no-save hash-wasm@4` first, then
// `node scripts/bench/hash-wasm.mjs`. Its createHMAC builds a hasher per key (one WebAssembly
// instance each), so it is also measured as HMAC by hand over one reused SHA-256 hasher, its
// fastest use here (still 5 blocks a candidate and 8 calls into the module).
import { readFileSync } from 'node:fs';
import { createHmac } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const hashWasm = await import('hash-wasm').catch(() => undefined);
if (!hashWasm) {
  console.error('hash-wasm is not installed: npm install --no-save hash-wasm@4');
  process.exit(1);
}
const { createHMAC, createSHA256 } = hashWasm;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const server = await createServer({ root, configFile: false, logLevel: 'error', server: { middlewareMode: true, hmr: false, ws: false }, optimizeDeps: { noDiscovery: true }, appType: 'custom' });
const { loadSimdMatchers } = await server.ssrLoadModule('/src/core/secrets/hmac-simd.ts');
const { hmacMatcher, firstMatch } = await server.ssrLoadModule('/src/core/secrets/hmac-matcher.ts');
await server.close();

const input = `${Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url')}.${Buffer.from('{"sub":"u1","iat":1765000000,"exp":1765003600}').toString('base64url')}`;
const msg = new TextEncoder().encode(input);
const sig = createHmac('sha256', 'not-in-the-list').update(input).digest();
const N = 500_000;
const words = Array.from({ length: N }, (_, i) => `rate-${i.toString(36)}`);
const bytes = new TextEncoder().encode(words.join(''));
const from = new Uint32Array(N);
const to = new Uint32Array(N);
for (let i = 0, p = 0; i < N; i++) [from[i], to[i]] = [p, (p += words[i].length)];

/** Candidates per second, median of 3 runs of `n` candidates. */
async function rate(label, run, n = N) {
  const rates = [];
  for (let r = 0; r < 3; r++) {
    const t = performance.now();
    await run();
    rates.push(n / ((performance.now() - t) / 1000));
  }
  console.log(`${label.padEnd(62)} ${Math.round(rates.sort((a, b) => a - b)[1]).toLocaleString('en')}/s`);
}
const none = (hit) => {
  if (hit !== -1) throw new Error('a candidate matched');
};

const simd = (await loadSimdMatchers(new Uint8Array(readFileSync(resolve(root, 'src/core/secrets/sha256x4.wasm')))))?.('HS256', msg, sig);
const js = hmacMatcher('HS256', msg, sig);
if (simd?.firstMatch) await rate('ours, WebAssembly SIMD (4 candidates a call)', () => none(simd.firstMatch(bytes, from, to, N)));
await rate('ours, JavaScript', () => none(firstMatch(js, bytes, from, to, N)));

const h = await createSHA256();
const [ipad, opad] = [new Uint8Array(64), new Uint8Array(64)];
const byHand = (key) => {
  ipad.fill(0x36);
  opad.fill(0x5c);
  for (let i = 0; i < key.length; i++) [ipad[i], opad[i]] = [ipad[i] ^ key[i], opad[i] ^ key[i]];
  h.init();
  h.update(ipad);
  h.update(msg);
  const inner = h.digest('binary');
  h.init();
  h.update(opad);
  h.update(inner);
  return h.digest('binary');
};
if (!Buffer.from(byHand(new TextEncoder().encode('not-in-the-list'))).equals(sig)) throw new Error('HMAC by hand is wrong');
await rate('hash-wasm, one SHA-256 hasher reused, HMAC by hand', () => {
  for (let i = 0; i < N; i++) if (Buffer.from(byHand(bytes.subarray(from[i], to[i]))).equals(sig)) none(i);
});
const M = 20_000;
await rate('hash-wasm, createHMAC(createSHA256(), key) per candidate', async () => {
  for (let i = 0; i < M; i++) {
    const hmac = await createHMAC(createSHA256(), bytes.subarray(from[i], to[i]));
    hmac.update(msg);
    if (Buffer.from(hmac.digest('binary')).equals(sig)) none(i);
  }
}, M);
