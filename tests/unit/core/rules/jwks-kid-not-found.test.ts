import { describe } from 'vitest';
import { rsaPublicPem } from '../../helpers/mint';
import { type Case, hs, jwk, jwks, mainJwk, pair, rs, ruleSuite } from './de-cases';

const RULE = 'jwks-kid-not-found';
const set = jwks(mainJwk({ kid: 'k1' }), mainJwk({ kid: 'k2', e: 'AQAB' }));

const cases: Case[] = [
  { name: 'catalogue example: kid k9, set has k1 and k2', token: rs({ alg: 'RS256', kid: 'k9' }), key: set, expected: 'warning' },
  { name: 'no kid, two RSA keys in the set', token: rs(), key: set, expected: 'warning' },
  { name: 'kid matches', token: rs({ alg: 'RS256', kid: 'k2' }), key: set, expected: undefined },
  { name: 'no kid, one RSA key and one EC key', token: rs(), key: jwks(mainJwk({ kid: 'k1' }), jwk(pair('p256').publicKey, { kid: 'e1' })), expected: undefined },
  { name: 'kid with a single PEM key (not a set)', token: rs({ alg: 'RS256', kid: 'k9' }), key: rsaPublicPem(), expected: undefined },
  { name: 'kid but no key', token: rs({ alg: 'RS256', kid: 'k9' }), expected: undefined },
  { name: 'HS256 kid missing from an oct set', token: hs({ alg: 'HS256', kid: 's9' }), key: jwks({ kty: 'oct', kid: 's1', k: 'c2VjcmV0' }), expected: 'warning' },
];

describe(RULE, () => ruleSuite(RULE, cases));
