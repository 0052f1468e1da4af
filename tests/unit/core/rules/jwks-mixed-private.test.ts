import { describe, expect, it } from 'vitest';
import { hits, lintKey, rfc7517Keys, severityOf, wycheproofJwk } from '../../helpers/key-alone';
import { run } from '../../helpers/mint';
import { expectQuietOnCleanAndGarbage, jwks } from './de-cases';

const RULE = 'jwks-mixed-private';
const [ecPublic, rsaPublic] = rfc7517Keys('A.1');
const [ecPrivate, rsaPrivate] = rfc7517Keys('A.2');

describe(RULE, () => {
  it('issue 12: Wycheproof json_web_key_test.json #1 (an oct HS256 key next to an EC public key) pasted alone → warning', async () => {
    expect(severityOf(await lintKey(wycheproofJwk(1).key), RULE)).toBe('warning');
  });

  it('issue 12: the same set with its token → warning', async () => {
    const { jws, key } = wycheproofJwk(1);
    expect(severityOf(await run(jws, { key }), RULE)).toBe('warning');
  });

  it('an RSA private key next to an EC public key → warning, once', async () => {
    const report = await lintKey(jwks(ecPublic!, rsaPrivate!));
    expect(severityOf(report, RULE)).toBe('warning');
    expect(hits(report, RULE)).toHaveLength(1);
  });

  it('all public (RFC 7517 A.1), all private (A.2) or all secret (A.3) → nothing', async () => {
    expect(hits(await lintKey(jwks(ecPublic!, rsaPublic!)), RULE)).toEqual([]);
    expect(hits(await lintKey(jwks(ecPrivate!, rsaPrivate!)), RULE)).toEqual([]);
    expect(hits(await lintKey(jwks(...rfc7517Keys('A.3'))), RULE)).toEqual([]);
  });

  it('a bare array of keys handed over together is not a published set → nothing', async () => {
    expect(hits(await lintKey(JSON.stringify([ecPublic, rsaPrivate])), RULE)).toEqual([]);
  });

  it('stays quiet on a clean token with its key, and on garbage', () => expectQuietOnCleanAndGarbage(RULE));
});
