import { describe } from 'vitest';
import { rsaPublicPem } from '../../helpers/mint';
import { type Case, GOOD, jwk, mainJwk, pair, pem, rs, ruleSuite, signed } from './de-cases';

const RULE = 'rsa-public-exponent-weak';
const e3 = pair('rsa-e3');

const cases: Case[] = [
  { name: 'catalogue example: JWK with e = 1 ("AQ")', token: rs(), key: JSON.stringify(mainJwk({ e: 'AQ' })), expected: 'error', at: false },
  { name: 'catalogue example: JWK with e = 3 ("Aw")', token: rs(), key: JSON.stringify(mainJwk({ e: 'Aw' })), expected: 'warning', at: false },
  { name: 'even exponent (e = 4)', token: rs(), key: JSON.stringify(mainJwk({ e: 'BA' })), expected: 'error', at: false },
  { name: 'real e = 3 key that verifies', token: signed({ alg: 'RS256' }, GOOD, e3.privateKey), key: pem(e3.publicKey), expected: 'warning', at: false },
  { name: 'e = 65537', token: rs(), key: rsaPublicPem(), expected: undefined },
  { name: 'EC key', token: signed({ alg: 'ES256' }, GOOD, pair('p256').privateKey), key: JSON.stringify(jwk(pair('p256').publicKey)), expected: undefined },
  { name: 'no key', token: rs(), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
