import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256x4Wasm } from '../../../../scripts/wasm/sha256x4';
import { firstMatch, hmacMatcher, type HmacAlg, type MatcherFactory } from '../../../../src/core/secrets/hmac-matcher';
import { loadSimdMatchers, SIMD_BATCH } from '../../../../src/core/secrets/hmac-simd';
import { createSecretScan } from '../../../../src/core/secrets/scan';

const wasm = readFileSync(fileURLToPath(new URL('../../../../src/core/secrets/sha256x4.wasm', import.meta.url)));
const KEY_LENGTHS = [0, 1, 55, 56, 63, 64, 65, 200];
// 0 and 1 byte; 55 and 56 (one padded block or two); several blocks.
const MESSAGE_LENGTHS = [0, 1, 55, 56, 119, 120, 300, 1000];
const bytesOf = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed * 7 + 1) & 0xff);
const nodeHmac = (alg: HmacAlg, key: Uint8Array, msg: Uint8Array) => createHmac(`sha${alg.slice(2)}`, key).update(msg).digest();

/** `keys` laid out one after another in one buffer, as a wordlist block is. */
function batch(keys: Uint8Array[]) {
  const bytes = new Uint8Array(keys.reduce((n, k) => n + k.length, 0));
  const from = new Uint32Array(keys.length);
  const to = new Uint32Array(keys.length);
  let p = 0;
  keys.forEach((k, i) => {
    bytes.set(k, p);
    from[i] = p;
    to[i] = p += k.length;
  });
  return { bytes, from, to };
}

let simd: MatcherFactory;
beforeAll(async () => {
  simd = (await loadSimdMatchers(new Uint8Array(wasm)))!;
});

describe('hmac-simd', () => {
  it('issue 15: the committed sha256x4.wasm is exactly what its generator builds', () => {
    expect(Buffer.from(sha256x4Wasm()).equals(wasm)).toBe(true);
  });

  it('issue 15: loads on this engine (WebAssembly SIMD), and answers undefined for bytes it cannot compile', async () => {
    expect(simd).toBeTypeOf('function');
    expect(await loadSimdMatchers(new Uint8Array([0, 0x61, 0x73, 0x6d, 2, 0, 0, 0]))).toBeUndefined();
  });

  it.each(KEY_LENGTHS)('issue 15: HS256 SIMD equals node:crypto for a %i-byte key over messages of 0 to 1000 bytes', (keyLength) => {
    const key = bytesOf(keyLength, keyLength);
    for (const n of MESSAGE_LENGTHS) {
      const msg = bytesOf(n, n + 3);
      const m = simd('HS256', msg, nodeHmac('HS256', key, msg))!;
      const near = Uint8Array.from(key, (b, i) => (i === keyLength - 1 ? b ^ 1 : b));
      // (The empty key's "near miss" is itself.)
      const { bytes, from, to } = batch([near, Uint8Array.of(...key, 1), key]);
      expect(m.firstMatch!(bytes, from, to, 3), `message of ${n} bytes`).toBe(keyLength === 0 ? 0 : 2);
      expect(m.firstMatch!(bytes, from, to, 2), `message of ${n} bytes`).toBe(keyLength === 0 ? 0 : -1);
    }
  });

  it('issue 15: a match is found at every position of a batch, in a batch shorter than the 4 lanes, and in a later batch of 1 to 3', () => {
    const msg = new TextEncoder().encode('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1MSJ9');
    const words = Array.from({ length: 2 * SIMD_BATCH + 90 }, (_, i) => new TextEncoder().encode(`word-${i}`));
    const { bytes, from, to } = batch(words);
    const cases: Array<[count: number, at: number]> = [
      [SIMD_BATCH, 0], [SIMD_BATCH, 1], [SIMD_BATCH, 2], [SIMD_BATCH, 3], [SIMD_BATCH, 4], [SIMD_BATCH, SIMD_BATCH / 2 + 1],
      [SIMD_BATCH, SIMD_BATCH - 1], [1, 0], [2, 1], [3, 2], [3, 0], [5, 4], [words.length, SIMD_BATCH], [words.length, words.length - 1],
      // A last batch of 1 to 3 candidates after a full one.
      [SIMD_BATCH + 1, SIMD_BATCH], [SIMD_BATCH + 2, SIMD_BATCH + 1], [SIMD_BATCH + 3, SIMD_BATCH + 2], [SIMD_BATCH + 3, SIMD_BATCH],
    ];
    for (const [count, at] of cases) {
      const m = simd('HS256', msg, nodeHmac('HS256', words[at]!, msg))!;
      expect(m.firstMatch!(bytes, from, to, count), `${at} of ${count}`).toBe(at);
      expect(m.firstMatch!(bytes, from, to, at), `only the ${at} before it`).toBe(-1);
    }
  });

  it('issue 15: the same key twice in a batch: the first one is reported', () => {
    const msg = bytesOf(70, 1);
    const { bytes, from, to } = batch(['a', 'b', 'x', 'c', 'x', 'x'].map((s) => new TextEncoder().encode(s)));
    expect(simd('HS256', msg, nodeHmac('HS256', new TextEncoder().encode('x'), msg))!.firstMatch!(bytes, from, to, 6)).toBe(2);
  });

  it.each(['HS384', 'HS512'] as const)('issue 15: %s goes to the JavaScript matcher and equals node:crypto for keys around its block size', (alg) => {
    for (const keyLength of [...KEY_LENGTHS, 127, 128, 129]) {
      const key = bytesOf(keyLength, 9);
      const msg = bytesOf(250, keyLength);
      const m = simd(alg, msg, nodeHmac(alg, key, msg))!;
      expect(m.firstMatch).toBeUndefined();
      const { bytes, from, to } = batch([Uint8Array.of(1, ...key), key]);
      expect(firstMatch(m, bytes, from, to, 2), `${keyLength}-byte key`).toBe(1);
    }
  });

  it.each(['HS256', 'HS384', 'HS512'] as const)(
    'issue 15: a %s scan with the SIMD matcher factory reports what the JavaScript one does (CRLF, the empty line, the last line)',
    (alg) => {
      const msg = `${Buffer.from(JSON.stringify({ alg })).toString('base64url')}.eyJzdWIiOiJ1MSJ9`;
      const token = (secret: string) => `${msg}.${nodeHmac(alg, new TextEncoder().encode(secret), new TextEncoder().encode(msg)).toString('base64url')}`;
      const lines = Array.from({ length: 1000 }, (_, i) => `pw${i}`);
      for (const [secret, list, line] of [
        ['pw999', lines.join('\r\n'), 1000],
        ['', [...lines.slice(0, 500), '', ...lines.slice(500)].join('\n'), 501],
        ['pw3', lines.join('\n'), 4],
      ] as const) {
        const js = createSecretScan(token(secret), list).step(Infinity);
        const fast = createSecretScan(token(secret), list, { matchers: simd }).step(Infinity);
        expect(fast).toEqual(js);
        expect(fast).toMatchObject({ status: 'found', alg, line, secret });
      }
    },
  );

  it('issue 15: the JavaScript matcher with precomputed message schedules equals node:crypto at every key length', () => {
    for (const alg of ['HS256', 'HS384', 'HS512'] as const) {
      for (const keyLength of [...KEY_LENGTHS, 127, 128, 129]) {
        const key = bytesOf(keyLength, 2);
        const msg = bytesOf(700, keyLength);
        expect(hmacMatcher(alg, msg, nodeHmac(alg, key, msg))!.matches(key), `${alg}, ${keyLength}-byte key`).toBe(true);
      }
    }
  });
});
