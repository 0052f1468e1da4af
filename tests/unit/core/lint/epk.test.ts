import { p256, p521 } from '@noble/curves/nist.js';
import { x448 } from '@noble/curves/ed448.js';
import { describe, expect, it } from 'vitest';
import { epkProblem } from '../../../../src/core/lint/epk';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

function ec(curve: typeof p256, crv: string) {
  const pub = curve.getPublicKey(curve.utils.randomSecretKey(), false);
  const n = (pub.length - 1) / 2;
  return { kty: 'EC', crv, x: b64(pub.slice(1, 1 + n)), y: b64(pub.slice(1 + n)) };
}

describe('epkProblem', () => {
  it.each([
    ['P-256', ec(p256, 'P-256')],
    ['P-521 (66-byte coordinates)', ec(p521, 'P-521')],
    ['X448', { kty: 'OKP', crv: 'X448', x: b64(x448.getPublicKey(x448.utils.randomSecretKey())) }],
  ])('accepts a real %s key', (_, jwk) => {
    expect(epkProblem(jwk)).toBeUndefined();
  });

  const good = ec(p256, 'P-256');
  it.each([
    ['missing', undefined],
    ['an array', []],
    ['no crv', { kty: 'EC', x: good.x, y: good.y }],
    ['off the curve', { ...good, x: good.y, y: good.x }],
    ['coordinates 33 bytes', { ...good, x: b64(new Uint8Array(33)) }],
    ['not base64url', { ...good, x: 'a+b/' }],
    ['X25519 x = 1', { kty: 'OKP', crv: 'X25519', x: b64(Uint8Array.from([1, ...new Array<number>(31).fill(0)])) }],
    ['X25519 x ≥ p', { kty: 'OKP', crv: 'X25519', x: b64(new Uint8Array(32).fill(0xff)) }],
    ['X448 wrong length', { kty: 'OKP', crv: 'X448', x: b64(new Uint8Array(32)) }],
  ])('rejects an epk that is %s', (_, epk) => {
    expect(epkProblem(epk)).toEqual(expect.any(String));
  });
});
