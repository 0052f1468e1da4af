// Issue 12 / rules-next.md O: key-x5c-mismatch, a JWK whose x5c[0] holds another key, and a
// header with a jwk and an x5c naming different keys. Certificates: tests/vectors/certs (README
// there) and RFC 7517 Appendix B.
import { describe, expect, it } from 'vitest';
import { hits, run, severityOf } from '../../helpers/mint';
import { rs } from './de-cases';
import { certJwk, rfc7517A1RsaN, rfc7517B, tokenOf, x5c } from './cert-cases';

const RULE = 'key-x5c-mismatch';

describe(RULE, () => {
  it('issue 12: error for the RFC 7517 Appendix B JWK with its n replaced by the A.1 RSA n (the catalogue example)', async () => {
    const report = await run(rs(), { key: JSON.stringify({ ...rfc7517B, n: rfc7517A1RsaN }) });
    expect(hits(report, RULE).map((f) => f.severity)).toEqual(['error']);
  });

  it('issue 12: quiet for the RFC 7517 Appendix B JWK as published', async () => {
    expect(hits(await run(rs(), { key: JSON.stringify(rfc7517B) }), RULE)).toEqual([]);
  });

  it('issue 12: error for a JWK in a set whose x5c holds another certificate, and only for that key', async () => {
    const good = { ...certJwk('leaf-p256'), kid: 'good', x5c: x5c('leaf-p256', 'intermediate-p384') };
    const bad = { ...certJwk('self-p256'), kid: 'bad', x5c: x5c('leaf-p256') };
    const report = await run(tokenOf('leaf-p256', { kid: 'good' }), { key: JSON.stringify({ keys: [good, bad] }) });
    expect(report.signature.status).toBe('valid');
    expect(hits(report, RULE)).toHaveLength(1);
    expect(severityOf(report, RULE)).toBe('error');
  });

  it('issue 12: error, at the header jwk, when the header carries a jwk and an x5c of different keys', async () => {
    const report = await run(tokenOf('leaf-p256', { jwk: certJwk('self-p256'), x5c: x5c('leaf-p256') }));
    expect(hits(report, RULE)).toMatchObject([{ severity: 'error', at: { part: 'header' } }]);
  });

  it('issue 12: quiet when the header jwk is the x5c leaf key, and when only one of them is present', async () => {
    expect(hits(await run(tokenOf('leaf-p256', { jwk: certJwk('leaf-p256'), x5c: x5c('leaf-p256') })), RULE)).toEqual([]);
    expect(hits(await run(tokenOf('leaf-p256', { x5c: x5c('leaf-p256') })), RULE)).toEqual([]);
    expect(hits(await run(tokenOf('leaf-p256', { jwk: certJwk('self-p256') })), RULE)).toEqual([]);
  });

  it('issue 12: quiet on a token with no key', async () => {
    expect(hits(await run(rs()), RULE)).toEqual([]);
  });

  it('issue 12: the key alone (no token): error for the Appendix B JWK with another n', async () => {
    const report = await run('', { key: JSON.stringify({ ...rfc7517B, n: rfc7517A1RsaN }) });
    expect(hits(report, RULE).map((f) => f.severity)).toEqual(['error']);
  });
});
