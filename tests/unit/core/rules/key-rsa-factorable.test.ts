import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { factorFlaw } from '../../../../src/core/crypto/factor';
import { hits, lintKey, rfc7517Keys, severityOf, wycheproofJwk } from '../../helpers/key-alone';
import { compact, rsaKeys, run } from '../../helpers/mint';
import { firstPrimes, nextPrime, randomPrime, rocaModulus, toB64url } from '../../helpers/rsa-moduli';
import { expectQuietOnCleanAndGarbage, HAS_OPENSSL, jwks, mainJwk, REAL_NOW, rs, selfSigned } from './de-cases';

const RULE = 'key-rsa-factorable';
const rsaKey = (n: bigint, kid?: string) => ({ kty: 'RSA', e: 'AQAB', n: toB64url(n), ...(kid ? { kid } : {}) });

describe(RULE, () => {
  it('issue 12: Wycheproof json_web_key_test.json #7 (a ROCA key) pasted alone → error', async () => {
    const report = await lintKey(wycheproofJwk(7).key);
    expect(severityOf(report, RULE)).toBe('error');
    expect(hits(report, 'rsa-key-too-small')).toEqual([]);
  });

  it('issue 12: the same key with its token → error (and not rsa-key-too-small any more)', async () => {
    const { jws, key } = wycheproofJwk(7);
    const report = await run(jws, { key });
    expect(severityOf(report, RULE)).toBe('error');
    expect(hits(report, 'rsa-key-too-small')).toEqual([]);
  });

  it('issue 12: n = p·q with q the next prime after p (Fermat) → error', async () => {
    const p = randomPrime(1024);
    const n = p * nextPrime(p);
    expect(factorFlaw(n)?.flaw).toBe('fermat');
    expect(severityOf(await lintKey(rsaKey(n)), RULE)).toBe('error');
  });

  it.each([
    ['even', () => 2n * randomPrime(1023), 'small-factor'],
    ['a factor below 2^16', () => 65521n * randomPrime(1008), 'small-factor'],
    ['a prime', () => randomPrime(1024), 'prime'],
    ['a perfect power', () => randomPrime(342) ** 3n, 'perfect-power'],
    ['the ROCA fingerprint (built, 2048 bits)', () => BigInt(`0x${Buffer.from(rocaModulus(), 'base64url').toString('hex')}`), undefined],
  ])('a modulus that is %s → error', async (_name, make, flaw) => {
    const n = make();
    if (flaw) expect(factorFlaw(n)?.flaw).toBe(flaw);
    expect(severityOf(await lintKey(rsaKey(n)), RULE)).toBe('error');
  });

  it('two moduli in a set sharing a prime → error naming both; a third sound key is not named', async () => {
    const [p, q1, q2] = [randomPrime(1024), randomPrime(1024), randomPrime(1024)];
    const report = await lintKey(jwks(rsaKey(p * q1, 'a'), rsaKey(p * q2, 'b'), mainJwk({ kid: 'c' })));
    expect(severityOf(report, RULE)).toBe('error');
    expect(hits(report, RULE)).toHaveLength(1);
    expect(hits(report, RULE)[0]?.message).toContain('"a"');
  });

  it('the token\'s own jwk with a small factor → error at the header', async () => {
    const n = firstPrimes(2)[1]! * randomPrime(1024);
    const token = compact({ alg: 'RS256', jwk: rsaKey(n) }, { sub: 'u1' }, 'AAAA');
    const found = hits(await run(token), RULE);
    expect(found).toHaveLength(1);
    expect(found[0]?.at).toBeDefined();
  });

  it.skipIf(!HAS_OPENSSL)('the token\'s own x5c certificate whose modulus is even → error at the header', async () => {
    const { privateKey, publicKey } = rsaKeys();
    const der = Buffer.from(selfSigned(privateKey));
    const n = Buffer.from(String(publicKey.export({ format: 'jwk' }).n), 'base64url');
    const at = der.indexOf(n);
    der[at + n.length - 1]! ^= 1; // an odd modulus made even; the certificate's signature is not read here
    const token = compact({ alg: 'RS256', x5c: [der.toString('base64')] }, { sub: 'u1' }, 'AAAA');
    const found = hits(await run(token, { now: REAL_NOW }), RULE);
    expect(found).toHaveLength(1);
    expect(found[0]?.at).toBeDefined();
  });

  it('sound keys → nothing (RFC 7517 A.1 set, the tests\' 2048-bit key, a 4096-bit key)', async () => {
    const n4096 = generateKeyPairSync('rsa', { modulusLength: 4096 }).publicKey.export({ format: 'jwk' }).n;
    for (const key of [jwks(...rfc7517Keys('A.1')), JSON.stringify(mainJwk()), JSON.stringify({ kty: 'RSA', e: 'AQAB', n: n4096 })]) {
      expect(hits(await lintKey(key), RULE)).toEqual([]);
    }
    expect(hits(await run(rs(), { key: JSON.stringify(mainJwk()) }), RULE)).toEqual([]);
  });

  it('stays quiet on a clean token with its key, and on garbage', () => expectQuietOnCleanAndGarbage(RULE));
});
