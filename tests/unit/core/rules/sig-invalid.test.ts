import { describe } from 'vitest';
import { rsaPublicPem } from '../../helpers/mint';
import { type Case, hs, jwks, mainJwk, pair, pem, rs, ruleSuite, STRONG } from './de-cases';

const RULE = 'sig-invalid';
const tampered = (t: string) => `${t.slice(0, -6)}${t.endsWith('AAAAAA') ? 'BBBBBB' : 'AAAAAA'}`;

const cases: Case[] = [
  { name: 'RS256 with another RSA key', token: rs(), key: pem(pair('rsa-e3').publicKey), expected: 'error' },
  { name: 'RS256 with a changed signature', token: tampered(rs()), key: rsaPublicPem(), expected: 'error' },
  { name: 'HS256 with the wrong secret', token: hs(), key: 'not-the-secret-but-long-enough-32b', expected: 'error' },
  { name: 'RS256 with the right JWK Set key', token: rs({ alg: 'RS256', kid: 'k1' }), key: jwks(mainJwk({ kid: 'k1' })), expected: undefined },
  { name: 'HS256 with the right secret', token: hs(), key: STRONG, expected: undefined },
  { name: 'no key', token: rs(), expected: undefined },
  { name: 'key that does not fit (key-alg-mismatch instead)', token: hs(), key: rsaPublicPem(), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
