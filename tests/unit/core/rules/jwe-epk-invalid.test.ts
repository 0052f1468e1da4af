import { p256, p384 } from '@noble/curves/nist.js';
import { x25519 } from '@noble/curves/ed25519.js';
import { describe } from 'vitest';
import { b64url } from '../../helpers/mint';
import { type Case, jwe, ruleSuite } from './fijk-cases';

const RULE = 'jwe-epk-invalid';

/** A real public key on a NIST curve as JWK coordinates. */
function ecJwk(curve: typeof p256, crv: string) {
  const pub = curve.getPublicKey(curve.utils.randomSecretKey(), false);
  const n = (pub.length - 1) / 2;
  return { kty: 'EC', crv, x: b64url(pub.slice(1, 1 + n)), y: b64url(pub.slice(1 + n)) };
}
const P256 = ecJwk(p256, 'P-256');
const X25519 = { kty: 'OKP', crv: 'X25519', x: b64url(x25519.getPublicKey(x25519.utils.randomSecretKey())) };
const ecdh = (epk: unknown, alg = 'ECDH-ES') => jwe({ alg, enc: 'A128GCM', ...(epk === undefined ? {} : { epk }) });
/** y + 1: same length, off the curve. */
const offCurve = () => {
  const y = Buffer.from(P256.y, 'base64url');
  y[31] = (y[31]! + 1) % 256;
  return { ...P256, y: b64url(y) };
};

const cases: Case[] = [
  { name: 'catalogue: P-256 point not on the curve', token: ecdh(offCurve()), expected: 'error', count: 1 },
  { name: 'ECDH-ES+A128KW, off-curve', token: ecdh(offCurve(), 'ECDH-ES+A128KW'), expected: 'error' },
  { name: 'x one byte short', token: ecdh({ ...P256, x: b64url(Buffer.from(P256.x, 'base64url').subarray(1)) }), expected: 'error' },
  { name: 'y missing', token: ecdh({ kty: 'EC', crv: 'P-256', x: P256.x }), expected: 'error' },
  { name: 'P-256 coordinates under P-384', token: ecdh({ ...P256, crv: 'P-384' }), expected: 'error' },
  { name: 'signature curve Ed25519', token: ecdh({ kty: 'OKP', crv: 'Ed25519', x: X25519.x }), expected: 'error' },
  { name: 'secp256k1', token: ecdh({ ...P256, crv: 'secp256k1' }), expected: 'error' },
  { name: 'kty mismatch', token: ecdh({ ...P256, kty: 'OKP' }), expected: 'error' },
  { name: 'X25519 all-zero point', token: ecdh({ ...X25519, x: b64url(new Uint8Array(32)) }), expected: 'error' },
  { name: 'epk missing', token: ecdh(undefined), expected: 'error' },
  { name: 'epk a string', token: ecdh('abc'), expected: 'error' },
  { name: 'valid P-256 key', token: ecdh(P256), expected: undefined },
  { name: 'valid P-384 key', token: ecdh(ecJwk(p384, 'P-384')), expected: undefined },
  { name: 'valid X25519 key', token: ecdh(X25519), expected: undefined },
  { name: 'not ECDH', token: jwe({ alg: 'dir', enc: 'A128GCM', epk: 'junk' }), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
