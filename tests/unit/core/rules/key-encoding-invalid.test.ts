import { describe, expect, it } from 'vitest';
import { hits, lintKey, rfc7515A3, rfc7517Keys, rfc7638Key, severityOf } from '../../helpers/key-alone';
import { run } from '../../helpers/mint';
import { expectQuietOnCleanAndGarbage, jwks, rs } from './de-cases';

const RULE = 'key-encoding-invalid';
const rsa = rfc7638Key();
const withZero = (b64: unknown) => Buffer.concat([Buffer.from([0]), Buffer.from(String(b64), 'base64url')]).toString('base64url');
const a3 = rfc7515A3();
// RFC 8037 A.1: the Ed25519 key pair.
const ed = { kty: 'OKP', crv: 'Ed25519', d: 'nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' };

describe(RULE, () => {
  it('issue 12: the RFC 7638 §3.1 key with a leading zero octet on n (its thumbprint changes) → warning', async () => {
    const n = withZero(rsa.n);
    expect(n).toHaveLength(343);
    const report = await lintKey({ ...rsa, n });
    expect(severityOf(report, RULE)).toBe('warning');
    expect(report.keys.candidates[0]?.thumbprint).toBe('EGqd0nIhuQz4m6bymaXSNOZAN7-MIT7PdWcWqaQZyRE');
  });

  it('issue 12: the same key in a set, with a token → warning', async () => {
    expect(severityOf(await run(rs(), { key: jwks({ ...rsa, n: withZero(rsa.n) }) }), RULE)).toBe('warning');
  });

  it('a private RSA member with a leading zero (RFC 7517 A.2 dp) → warning', async () => {
    const [, priv] = rfc7517Keys('A.2');
    expect(severityOf(await lintKey({ ...priv, dp: withZero(priv!.dp) }), RULE)).toBe('warning');
  });

  it('an EC d one byte short of 32 on P-256 → warning', async () => {
    const d = Buffer.from(String(a3.d), 'base64url').subarray(1).toString('base64url');
    expect(severityOf(await lintKey({ ...a3, d }), RULE)).toBe('warning');
  });

  it.each([
    ['"=" padding on e', { ...rsa, e: 'AQAB=' }],
    ['standard-alphabet "/" in y', { ...a3, y: String(a3.y).replace(/_/g, '/') }],
  ])('%s → warning', async (_name, key) => {
    expect(severityOf(await lintKey(key), RULE)).toBe('warning');
  });

  it('an Ed25519 d of 31 bytes → error', async () => {
    const d = Buffer.from(ed.d, 'base64url').subarray(1).toString('base64url');
    expect(severityOf(await lintKey({ ...ed, d }), RULE)).toBe('error');
  });

  it('canonical keys → nothing (RFC 7517 A.2, RFC 7515 A.3, RFC 8037 A.1; x5c is standard base64 by definition)', async () => {
    for (const key of [jwks(...rfc7517Keys('A.2')), JSON.stringify(a3), JSON.stringify(ed), JSON.stringify({ ...rsa, x5c: ['MIIB+/=='] })]) {
      expect(hits(await lintKey(key), RULE)).toEqual([]);
    }
  });

  it('stays quiet on a clean token with its key, and on garbage', () => expectQuietOnCleanAndGarbage(RULE));
});
