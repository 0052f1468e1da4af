import { describe, expect, it } from 'vitest';
import { hits, lintKey, rfc7517Keys, severityOf, wycheproofJwk } from '../../helpers/key-alone';
import { run } from '../../helpers/mint';
import { expectQuietOnCleanAndGarbage, jwks, mainJwk, pair, jwk } from './de-cases';

const RULE = 'jwks-kid-duplicate';
const [ecA1, rsaA1] = rfc7517Keys('A.1');

describe(RULE, () => {
  it('issue 12: Wycheproof json_web_key_test.json #4 (two oct keys with kid "kid-aes-sign") pasted alone → warning', async () => {
    const report = await lintKey(wycheproofJwk(4).key);
    expect(severityOf(report, RULE)).toBe('warning');
    expect(hits(report, RULE)).toHaveLength(1);
    expect(report.summary).toMatchObject({ status: 'malformed', trusted: false, tone: 'warn' });
  });

  it('issue 12: the same set with its token → warning', async () => {
    const { jws, key } = wycheproofJwk(4);
    expect(severityOf(await run(jws, { key }), RULE)).toBe('warning');
  });

  it('two RSA keys with one kid and different moduli → warning', async () => {
    const report = await lintKey(jwks(mainJwk({ kid: 'k' }), jwk(pair('rsa1024').publicKey, { kid: 'k' })));
    expect(severityOf(report, RULE)).toBe('warning');
  });

  it('the same kid on keys of different types (allowed) → info', async () => {
    expect(severityOf(await lintKey(jwks({ ...ecA1!, kid: 'same' }, { ...rsaA1!, kid: 'same' })), RULE)).toBe('info');
  });

  it('a byte-identical duplicate → info', async () => {
    expect(severityOf(await lintKey(jwks(rsaA1!, { ...rsaA1!, use: 'sig' })), RULE)).toBe('info');
  });

  it('distinct kids, a lone JWK, or keys without kid → nothing', async () => {
    expect(hits(await lintKey(jwks(ecA1!, rsaA1!)), RULE)).toEqual([]);
    expect(hits(await lintKey(rsaA1!), RULE)).toEqual([]);
    const { kid: _a, ...noKid } = rsaA1!;
    expect(hits(await lintKey(jwks(noKid, { ...noKid, n: mainJwk().n })), RULE)).toEqual([]);
  });

  it('stays quiet on a clean token with its key, and on garbage', () => expectQuietOnCleanAndGarbage(RULE));
});
