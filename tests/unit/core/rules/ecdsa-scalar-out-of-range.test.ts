import { describe, expect, it } from 'vitest';
import { hits, run, severityOf } from '../../helpers/mint';
import { cleanHits, esToken, P256_N, signatureOf, toBytes, withSignature } from '../../helpers/sig-tokens';

const RULE = 'ecdsa-scalar-out-of-range';
const HEAD = 'eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhZG1pbiJ9.';
const P384_N = 0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973n;
const raw = (r: bigint, s: bigint, half = 32) => Buffer.from([...toBytes(r, half), ...toBytes(s, half)]).toString('base64url');
const der = (r: bigint, s: bigint) => {
  const int = (v: bigint) => {
    const b = [...toBytes(v, 33)];
    while (b.length > 1 && b[0] === 0 && b[1]! < 0x80) b.shift();
    return [0x02, b.length, ...b];
  };
  const body = [...int(r), ...int(s)];
  return Buffer.from([0x30, body.length, ...body]).toString('base64url');
};

describe(RULE, () => {
  it.each([
    ['r = n, s = 1 (catalogue)', () => HEAD + raw(P256_N, 1n)],
    ['s = n', () => HEAD + raw(1n, P256_N)],
    ['r = 2^256 - 1', () => HEAD + raw((1n << 256n) - 1n, 7n)],
    ['DER with r = n', () => HEAD + der(P256_N, 1n)],
    ['ES384 with s = n', () => {
      const t = esToken('ES384', {}, { sub: 'admin' });
      const sig = signatureOf(t);
      return withSignature(t, new Uint8Array([...sig.slice(0, 48), ...toBytes(P384_N, 48)]));
    }],
  ])('fires on %s', async (_name, make) => {
    const report = await run(make());
    expect(severityOf(report, RULE)).toBe('error');
    expect(hits(report, RULE)[0]!.at?.part).toBe('signature');
  });

  it.each([
    ['r = n - 1, s = n - 1', () => HEAD + raw(P256_N - 1n, P256_N - 1n)],
    ['a real ES256 token', () => esToken('ES256', {}, { sub: 'admin' })],
    ['a real ES512 token', () => esToken('ES512', {}, { sub: 'admin' })],
    ['psychic zeros (another rule)', () => HEAD + 'A'.repeat(86)],
  ])('stays quiet on %s', async (_name, make) => {
    expect(hits(await run(make()), RULE)).toEqual([]);
  });

  it('stays quiet on a clean RS256 token with its key', async () => {
    expect(await cleanHits(RULE)).toEqual([]);
  });
});
