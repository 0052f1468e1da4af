import { describe } from 'vitest';
import { type Case, GOOD, jwe, mainJwk, pair, rs, ruleSuite, signed } from './de-cases';

const RULE = 'jwk-embedded';
const A3 = { kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0' };
const es = (header: Record<string, unknown>, payload: Record<string, unknown> = GOOD) => signed(header, payload, pair('p256').privateKey);

const cases: Case[] = [
  { name: 'catalogue example: ES256 with the A.3 jwk', token: es({ alg: 'ES256', jwk: A3 }), expected: 'warning' },
  { name: 'RS256 with an RSA jwk', token: rs({ alg: 'RS256', jwk: mainJwk() }), expected: 'warning' },
  { name: 'DPoP proof (typ dpop+jwt)', token: es({ typ: 'dpop+jwt', alg: 'ES256', jwk: A3 }, { htm: 'POST', htu: 'https://api.example/t', iat: 1767225600, jti: 'x' }), expected: 'info' },
  { name: 'DPoP proof, media-type spelling', token: es({ typ: 'application/dpop+jwt', alg: 'ES256', jwk: A3 }, { htm: 'POST', htu: 'https://api.example/t', iat: 1767225600, jti: 'x' }), expected: 'info' },
  { name: 'JWE with jwk (about the recipient key)', token: jwe({ alg: 'RSA-OAEP', enc: 'A256GCM', jwk: mainJwk() }), expected: undefined },
  { name: 'no jwk', token: rs(), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
