// Issue 14: the Verifier's expected audience and nonce against the KB-JWT's `aud` and `nonce`
// (RFC 9901 §7.3 step 5). No catalogue id covers a mismatch; it is Report.sd.keyBinding's
// audMatches / nonceMatches, and the verdict is then not trusted.
import { describe, expect, it } from 'vitest';
import { run } from '../../helpers/mint';
import { BASE, issuerJwk, simple } from '../../helpers/sd-jwt';

const key = issuerJwk();
const AUD = 'https://verifier.example.org';
const NONCE = 'n-0S6_WzA2Mj';
const token = simple({ given_name: 'Alice' }, BASE, { kb: { payload: { aud: AUD, nonce: NONCE } } }).token;

describe('issue 14: expected audience and nonce', () => {
  it('issue 14: the expected audience and nonce match: both true, still trusted', async () => {
    const report = await run(token, { key, expectedAudience: AUD, expectedNonce: NONCE });
    expect(report.sd?.keyBinding).toEqual({ status: 'valid', sdHashMatches: true, audMatches: true, nonceMatches: true });
    expect(report.summary.trusted).toBe(true);
  });

  it('issue 14: another audience is audMatches false and untrusted; the nonce not given is not judged', async () => {
    const report = await run(token, { key, expectedAudience: 'https://other.example.org' });
    expect(report.sd?.keyBinding).toEqual({ status: 'valid', sdHashMatches: true, audMatches: false });
    expect(report.summary.status).toBe('valid');
    expect(report.summary.trusted).toBe(false);
    expect(report.summary.tone).toBe('warn');
  });

  it('issue 14: another nonce is nonceMatches false and untrusted', async () => {
    const report = await run(token, { key, expectedAudience: AUD, expectedNonce: 'replayed' });
    expect(report.sd?.keyBinding).toMatchObject({ audMatches: true, nonceMatches: false });
    expect(report.summary.trusted).toBe(false);
  });

  it('issue 14: an aud array never matches the expected audience', async () => {
    const listed = simple({ given_name: 'Alice' }, BASE, { kb: { payload: { aud: [AUD] } } }).token;
    const report = await run(listed, { key, expectedAudience: AUD });
    expect(report.sd?.keyBinding?.audMatches).toBe(false);
  });

  it('issue 14: nothing expected, nothing judged; no KB-JWT, nothing judged', async () => {
    const plain = await run(token, { key });
    expect(plain.sd?.keyBinding).toEqual({ status: 'valid', sdHashMatches: true });
    const without = await run(simple({ given_name: 'Alice' }, BASE).token, { key, expectedAudience: AUD, expectedNonce: NONCE });
    expect(without.sd?.keyBinding).toEqual({ status: 'missing' });
  });
});
