import { describe, expect, it } from 'vitest';
import { hits, rsaPublicPem, run } from '../../helpers/mint';
import { type Case, GOOD, hs, jwk, jwks, mainJwk, pair, pem, rs, ruleSuite, signed, STRONG } from './de-cases';

const RULE = 'key-alg-mismatch';
const es256 = () => signed({ alg: 'ES256', typ: 'JWT' }, GOOD, pair('p256').privateKey);

const cases: Case[] = [
  // rules.md example: HS256 token, RSA public key PEM as the key
  {
    name: 'catalogue example: HS256 with an RSA public key PEM',
    token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhZG1pbiJ9.' + 'A'.repeat(43),
    key: rsaPublicPem(),
    expected: 'error',
  },
  { name: 'ES256 with a P-384 JWK (catalogue example)', token: es256(), key: JSON.stringify(jwk(pair('p384').publicKey)), expected: 'error' },
  { name: 'RS256 with an EC key', token: rs(), key: pem(pair('p256').publicKey), expected: 'error' },
  { name: 'ES256 with an RSA key', token: es256(), key: rsaPublicPem(), expected: 'error' },
  { name: 'RS256 with a shared secret', token: rs(), key: STRONG, expected: 'error' },
  { name: 'JWK alg RS512 for an RS256 token', token: rs(), key: JSON.stringify(mainJwk({ alg: 'RS512' })), expected: 'error' },
  { name: 'JWK use enc', token: rs(), key: JSON.stringify(mainJwk({ use: 'enc' })), expected: 'error' },
  { name: 'JWK key_ops without verify', token: rs(), key: JSON.stringify(mainJwk({ key_ops: ['encrypt'] })), expected: 'error' },
  { name: 'JWK Set: the kid names an EC key', token: rs({ alg: 'RS256', kid: 'e1' }), key: jwks(jwk(pair('p256').publicKey, { kid: 'e1' })), expected: 'error' },
  { name: 'RS256 with its own key', token: rs(), key: rsaPublicPem(), expected: undefined },
  { name: 'ES256 with its P-256 key', token: es256(), key: pem(pair('p256').publicKey), expected: undefined },
  { name: 'HS256 with a secret', token: hs(), key: STRONG, expected: undefined },
  { name: 'JWK alg and use that fit', token: rs(), key: JSON.stringify(mainJwk({ alg: 'RS256', use: 'sig' })), expected: undefined },
  { name: 'no key', token: hs(), expected: undefined },
  { name: 'JWK Set without the kid (jwks-kid-not-found instead)', token: rs({ alg: 'RS256', kid: 'k9' }), key: jwks(mainJwk({ kid: 'k1' })), expected: undefined },
  { name: 'JWK Set: the right key among others', token: rs({ alg: 'RS256', kid: 'k1' }), key: jwks(jwk(pair('p256').publicKey, { kid: 'e1' }), mainJwk({ kid: 'k1' })), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));

describe(`${RULE}: weak keys have their own rules`, () => {
  it('e = 1 is reported by rsa-public-exponent-weak, not here', async () => {
    const report = await run(rs(), { key: JSON.stringify(mainJwk({ e: 'AQ' })) });
    expect(report.signature.status).toBe('key-mismatch');
    expect(hits(report, RULE)).toEqual([]);
    expect(hits(report, 'rsa-public-exponent-weak')).toHaveLength(1);
  });
});
