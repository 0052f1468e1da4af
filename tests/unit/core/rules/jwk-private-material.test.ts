import { describe } from 'vitest';
import { type Case, GOOD, jwe, pair, ruleSuite, signed } from './de-cases';

const RULE = 'jwk-private-material';
const A3 = { kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0' };
const D = 'jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI';
const es = (header: Record<string, unknown>) => signed(header, GOOD, pair('p256').privateKey);

const cases: Case[] = [
  { name: 'catalogue example: jwk with d', token: es({ alg: 'ES256', jwk: { ...A3, d: D } }), expected: 'error' },
  { name: 'catalogue example: oct jwk with k', token: es({ alg: 'HS256', jwk: { kty: 'oct', k: 'c2VjcmV0' } }), expected: 'error' },
  { name: 'RSA jwk with p, q', token: es({ alg: 'RS256', jwk: { kty: 'RSA', n: 'AQAB', e: 'AQAB', p: 'AQ', q: 'AQ' } }), expected: 'error' },
  { name: 'private JWK nested elsewhere in the header', token: es({ alg: 'ES256', 'x-keys': [{ ...A3, d: D }] }), expected: 'error' },
  { name: 'JWE epk with d', token: jwe({ alg: 'ECDH-ES', enc: 'A128GCM', epk: { ...A3, d: D } }, ''), expected: 'error' },
  { name: 'two private JWKs: two findings', token: es({ alg: 'ES256', jwk: { ...A3, d: D }, other: { kty: 'oct', k: 'AA' } }), expected: 'error', count: 2 },
  { name: 'public jwk', token: es({ alg: 'ES256', jwk: A3 }), expected: undefined },
  { name: 'a d member outside any JWK', token: es({ alg: 'ES256', d: 'x' }), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
