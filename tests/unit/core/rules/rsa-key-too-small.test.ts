import { describe } from 'vitest';
import { rsaPublicPem } from '../../helpers/mint';
import { type Case, GOOD, jwk, jwks, mainJwk, pair, pem, rs, ruleSuite, signed } from './de-cases';

const RULE = 'rsa-key-too-small';
const small = () => pair('rsa1024');
const smallToken = (header: Record<string, unknown> = { alg: 'RS256', typ: 'JWT' }) => signed(header, GOOD, small().privateKey);

/** A 2048-bit modulus with the ROCA fingerprint: n ≡ 1 = 65537^0 modulo each of the first 126
 * primes (built with the CRT, not a real Infineon key). */
function rocaModulus(): string {
  const primes: bigint[] = [];
  for (let c = 2n; primes.length < 126; c++) if (primes.every((p) => c % p !== 0n)) primes.push(c);
  const m = primes.reduce((a, b) => a * b, 1n);
  const n = m * ((1n << 2047n) / m + 1n) + 1n;
  return Buffer.from(n.toString(16).padStart(512, '0'), 'hex').toString('base64url');
}

const cases: Case[] = [
  { name: 'ROCA-fingerprinted 2048-bit key', token: rs(), key: JSON.stringify({ kty: 'RSA', e: 'AQAB', n: rocaModulus() }), expected: 'error', at: false },
  { name: 'catalogue example: RS256 verified with a 1024-bit PEM', token: smallToken(), key: pem(small().publicKey), expected: 'error', at: false },
  { name: '1024-bit JWK', token: smallToken(), key: JSON.stringify(jwk(small().publicKey)), expected: 'error', at: false },
  { name: '1024-bit key picked by kid from a set', token: smallToken({ alg: 'RS256', kid: 'old' }), key: jwks(mainJwk({ kid: 'new' }), jwk(small().publicKey, { kid: 'old' })), expected: 'error', at: false },
  { name: '1024-bit key that does not verify', token: rs(), key: pem(small().publicKey), expected: 'error', at: false },
  { name: '2048-bit key', token: rs(), key: rsaPublicPem(), expected: undefined },
  { name: 'set whose 1024-bit key the token does not use', token: rs({ alg: 'RS256', kid: 'new' }), key: jwks(mainJwk({ kid: 'new' }), jwk(small().publicKey, { kid: 'old' })), expected: undefined },
  { name: 'no key', token: smallToken(), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
