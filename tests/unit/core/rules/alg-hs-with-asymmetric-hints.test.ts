import { describe } from 'vitest';
import { type Case, GOOD, hs, jwk, jwks, mainJwk, pair, rs, ruleSuite, STRONG } from './de-cases';

const RULE = 'alg-hs-with-asymmetric-hints';
const rsaJwk = mainJwk();

const cases: Case[] = [
  { name: 'catalogue example: HS256 with a jwk', token: hs({ alg: 'HS256', jwk: rsaJwk }), expected: 'warning' },
  { name: 'catalogue example: HS256 with x5t#S256', token: hs({ alg: 'HS256', 'x5t#S256': 'AAAA' }), expected: 'warning' },
  { name: 'HS384 with jku', token: hs({ alg: 'HS384', jku: 'https://issuer.example/jwks' }), expected: 'warning' },
  { name: 'HS512 with x5c and x5u (one finding)', token: hs({ alg: 'HS512', x5c: ['AAAA'], x5u: 'https://x.example/c.pem' }), expected: 'warning', count: 1 },
  { name: 'HS256 whose kid names an RSA key in the set', token: hs({ alg: 'HS256', kid: 'r1' }), key: jwks(mainJwk({ kid: 'r1' })), expected: 'warning' },
  { name: 'HS256 whose kid names an oct key in the set', token: hs({ alg: 'HS256', kid: 's1' }), key: jwks({ kty: 'oct', kid: 's1', k: 'AAAA' }), expected: undefined },
  { name: 'HS256 with kid and a secret', token: hs({ alg: 'HS256', kid: 'r1' }), key: STRONG, expected: undefined },
  { name: 'RS256 with a jwk (jwk-embedded instead)', token: rs({ alg: 'RS256', jwk: rsaJwk }), expected: undefined },
  { name: 'RS256 (not HMAC) whose kid names an EC key', token: rs({ alg: 'RS256', kid: 'e1' }), key: jwks(jwk(pair('p256').publicKey, { kid: 'e1' })), expected: undefined },
  { name: 'plain HS256', token: hs({ alg: 'HS256', typ: 'JWT' }, GOOD), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
