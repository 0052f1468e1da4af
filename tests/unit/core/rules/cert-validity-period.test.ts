// Issue 12 / rules-next.md O: cert-validity-period, for certificates supplied as the key or in a
// supplied JWK's x5c, at the tests' fixed clock (2026-01-01) unless a case passes another `now`.
// Certificates: tests/vectors/certs (README there) and RFC 7517 Appendix B.
import { describe, expect, it } from 'vitest';
import { hits, NOW, run, severityOf } from '../../helpers/mint';
import { GOOD, rs } from './de-cases';
import { bundle, certJwk, certPem, rfc7517B, rfc7517BPem, tokenOf, x5c } from './cert-cases';

const RULE = 'cert-validity-period';
/** leaf-p256's notAfter, 2027-06-01 (tests/vectors/certs/make.sh). */
const LEAF_END = Date.UTC(2027, 5, 1) / 1000;

describe(RULE, () => {
  it('issue 12: warning for an expired certificate supplied as the key, which still verifies the token', async () => {
    const report = await run(tokenOf('expired-rsa'), { key: certPem('expired-rsa') });
    expect(report.signature.status).toBe('valid');
    expect(hits(report, RULE).map((f) => f.severity)).toEqual(['warning']);
  });

  it('issue 12: warning for a certificate that is not valid yet', async () => {
    expect(severityOf(await run(tokenOf('future-p256'), { key: certPem('future-p256') }), RULE)).toBe('warning');
  });

  it('issue 12: warning for the RFC 7517 Appendix B certificate, as PEM and in its JWK (the catalogue example)', async () => {
    expect(severityOf(await run(rs(), { key: rfc7517BPem }), RULE)).toBe('warning');
    expect(severityOf(await run(rs(), { key: JSON.stringify(rfc7517B) }), RULE)).toBe('warning');
  });

  it('issue 12: one warning per expired certificate of a bundle', async () => {
    const report = await run(tokenOf('leaf-p256'), { key: bundle('leaf-p256', 'expired-rsa', 'future-p256') });
    expect(hits(report, RULE)).toHaveLength(2);
  });

  it('issue 12: quiet for a certificate inside its validity period, and within the leeway after it ends', async () => {
    expect(hits(await run(tokenOf('leaf-p256'), { key: certPem('leaf-p256') }), RULE)).toEqual([]);
    const end = LEAF_END;
    const later = { ...GOOD, iat: end - 60, exp: end + 600 };
    expect(hits(await run(tokenOf('leaf-p256', {}, later), { key: certPem('leaf-p256'), now: end + 30 }), RULE)).toEqual([]);
    expect(severityOf(await run(tokenOf('leaf-p256', {}, later), { key: certPem('leaf-p256'), now: end + 120 }), RULE)).toBe('warning');
  });

  it('issue 12: the time is the given now: the leaf fires once it has expired', async () => {
    const report = await run(tokenOf('leaf-p256'), { key: certPem('leaf-p256'), now: NOW + 3 * 365 * 86_400 });
    expect(severityOf(report, RULE)).toBe('warning');
  });

  it("issue 12: warning for an expired certificate in a supplied JWK's x5c", async () => {
    const jwk = { ...certJwk('expired-rsa'), x5c: x5c('expired-rsa') };
    expect(severityOf(await run(tokenOf('expired-rsa'), { key: JSON.stringify(jwk) }), RULE)).toBe('warning');
  });

  it("issue 12: not for the header's x5c (x5c-malformed covers it)", async () => {
    const report = await run(tokenOf('expired-rsa', { x5c: x5c('expired-rsa') }));
    expect(hits(report, RULE)).toEqual([]);
    expect(severityOf(report, 'x5c-malformed')).toBe('warning');
  });

  it('issue 12: the key alone (no token): warning for an expired certificate, quiet for a valid one', async () => {
    expect(hits(await run('', { key: certPem('expired-rsa') }), RULE).map((f) => f.severity)).toEqual(['warning']);
    expect(hits(await run('', { key: certPem('leaf-p256') }), RULE)).toEqual([]);
  });
});
