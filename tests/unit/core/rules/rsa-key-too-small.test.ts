import { describe } from 'vitest';
import { rsaPublicPem } from '../../helpers/mint';
import { rocaModulus } from '../../helpers/rsa-moduli';
import { type Case, GOOD, jwk, jwks, mainJwk, pair, pem, rs, ruleSuite, signed } from './de-cases';

const RULE = 'rsa-key-too-small';
const small = () => pair('rsa1024');
const smallToken = (header: Record<string, unknown> = { alg: 'RS256', typ: 'JWT' }) => signed(header, GOOD, small().privateKey);

const cases: Case[] = [
  // rules-next O: a modulus that can be factored at any size is key-rsa-factorable's, not this rule's.
  { name: 'issue 12: a ROCA-fingerprinted 2048-bit key is not reported here any more', token: rs(), key: JSON.stringify({ kty: 'RSA', e: 'AQAB', n: rocaModulus() }), expected: undefined },
  { name: 'catalogue example: RS256 verified with a 1024-bit PEM', token: smallToken(), key: pem(small().publicKey), expected: 'error', at: false },
  { name: '1024-bit JWK', token: smallToken(), key: JSON.stringify(jwk(small().publicKey)), expected: 'error', at: false },
  { name: '1024-bit key picked by kid from a set', token: smallToken({ alg: 'RS256', kid: 'old' }), key: jwks(mainJwk({ kid: 'new' }), jwk(small().publicKey, { kid: 'old' })), expected: 'error', at: false },
  { name: '1024-bit key that does not verify', token: rs(), key: pem(small().publicKey), expected: 'error', at: false },
  { name: '2048-bit key', token: rs(), key: rsaPublicPem(), expected: undefined },
  { name: 'set whose 1024-bit key the token does not use', token: rs({ alg: 'RS256', kid: 'new' }), key: jwks(mainJwk({ kid: 'new' }), jwk(small().publicKey, { kid: 'old' })), expected: undefined },
  { name: 'no key', token: smallToken(), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
