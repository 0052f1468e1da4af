import { describe } from 'vitest';
import { type Case, ruleSuite } from './de-cases';
import { proof } from './m-cases';

const RULE = 'dpop-claims-invalid';

const cases: Case[] = [
  { name: 'a good proof', token: proof(), expected: undefined },
  { name: 'catalogue example: no htu', token: proof({}, { htu: undefined, jti: 'e1j3V_bKic8-LAEB' }), expected: 'error' },
  { name: 'no jti and no iat', token: proof({}, { jti: undefined, iat: undefined }), expected: 'error' },
  { name: 'htm not a string', token: proof({}, { htm: 1 }), expected: 'error' },
  { name: 'htu relative', token: proof({}, { htu: '/protectedresource' }), expected: 'error' },
  { name: 'htu ftp:', token: proof({}, { htu: 'ftp://resource.example.org/x' }), expected: 'error' },
  { name: 'ath of the wrong length', token: proof({}, { ath: 'abc' }), expected: 'error' },
  { name: 'nonce not a string', token: proof({}, { nonce: 5 }), expected: 'error' },
  { name: 'catalogue example: htm get', token: proof({}, { htm: 'get' }), expected: 'warning' },
  { name: 'catalogue example: htu with a query', token: proof({}, { htu: 'https://resource.example.org/protectedresource?x=1' }), expected: 'warning' },
  { name: 'jti under 16 characters', token: proof({}, { jti: 'short' }), expected: 'warning' },
  { name: 'a plain JWT is not a proof', token: proof({ typ: 'JWT', jwk: undefined }, { htm: 'get' }), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
