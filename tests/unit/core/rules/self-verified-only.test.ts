import { createPrivateKey } from 'node:crypto';
import { describe } from 'vitest';
import { rsaPublicPem } from '../../helpers/mint';
import { type Case, GOOD, mainJwk, pair, pem, rs, ruleSuite, signed } from './de-cases';

const RULE = 'self-verified-only';
// RFC 7515 A.3 key pair (published, so anyone can sign with it).
const A3 = {
  kty: 'EC',
  crv: 'P-256',
  x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU',
  y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0',
};
const A3_PRIVATE = createPrivateKey({ key: { ...A3, d: 'jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI' }, format: 'jwk' });
const selfSigned = signed({ alg: 'ES256', jwk: A3 }, { sub: 'admin' }, A3_PRIVATE);

const cases: Case[] = [
  { name: 'catalogue example: ES256 signed by its own RFC 7515 A.3 jwk, no key', token: selfSigned, expected: 'error' },
  { name: 'same, with an unrelated key supplied', token: selfSigned, key: pem(pair('p256').publicKey), expected: 'error' },
  { name: 'issue 14: not run on a DPoP proof signed by its own jwk', token: signed({ alg: 'ES256', typ: 'dpop+jwt', jwk: A3 }, { htm: 'GET', htu: 'https://api.example/x', iat: 1767225600, jti: 'j1' }, A3_PRIVATE), expected: undefined },
  { name: 'RS256 with an embedded jwk that the user key also verifies', token: rs({ alg: 'RS256', jwk: mainJwk() }, GOOD), key: rsaPublicPem(), expected: undefined },
  { name: 'embedded jwk that does not verify', token: signed({ alg: 'ES256', jwk: A3 }, GOOD, pair('p256').privateKey), expected: undefined },
  { name: 'no embedded key', token: rs(), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
