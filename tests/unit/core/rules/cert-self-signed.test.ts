// Issue 12 / rules-next.md O: cert-self-signed. Certificates: tests/vectors/certs (README there)
// and RFC 7517 Appendix B.
import { describe, expect, it } from 'vitest';
import { hits, run, severityOf } from '../../helpers/mint';
import { rs } from './de-cases';
import { bundle, certPem, rfc7517BPem, tokenOf, type CertName } from './cert-cases';

const RULE = 'cert-self-signed';

describe(RULE, () => {
  it('issue 12: info for a self-signed certificate supplied as the key that verifies the token', async () => {
    const report = await run(tokenOf('self-p256'), { key: certPem('self-p256') });
    expect(report.signature.status).toBe('valid');
    expect(hits(report, RULE).map((f) => f.severity)).toEqual(['info']);
  });

  it.each<CertName>(['self-p521', 'self-ed25519', 'self-rsa-pss', 'root-rsa'])(
    'issue 12: info for the self-signed %s certificate (its signature algorithm is checked)',
    async (name) => {
      expect(severityOf(await run(rs(), { key: certPem(name) }), RULE)).toBe('info');
    },
  );

  it('issue 12: info for the RFC 7517 Appendix B certificate (the catalogue example)', async () => {
    expect(severityOf(await run(rs(), { key: rfc7517BPem }), RULE)).toBe('info');
  });

  it('issue 12: quiet when a self-issued certificate does not verify with its own key', async () => {
    const der = Buffer.from(certPem('self-p256').replace(/-----[A-Z ]+-----|\s/g, ''), 'base64');
    der[der.length - 1] ^= 0x01; // the last byte of the signature's s
    const report = await run(rs(), { key: der.toString('base64') });
    expect(report.keys.candidates).toHaveLength(1);
    expect(hits(report, RULE)).toEqual([]);
  });

  it('issue 12: quiet for a leaf issued by a CA, alone or with its chain up to a self-signed root', async () => {
    expect(hits(await run(tokenOf('leaf-p256'), { key: certPem('leaf-p256') }), RULE)).toEqual([]);
    const chain = await run(tokenOf('leaf-p256'), { key: bundle('leaf-p256', 'intermediate-p384', 'root-rsa') });
    expect(chain.signature.status).toBe('valid');
    expect(hits(chain, RULE)).toEqual([]);
  });

  it('issue 12: quiet on a token with no key', async () => {
    expect(hits(await run(rs()), RULE)).toEqual([]);
  });

  it('issue 12: the key alone (no token): info for a self-signed certificate', async () => {
    expect(hits(await run('', { key: certPem('self-p256') }), RULE).map((f) => f.severity)).toEqual(['info']);
    expect(hits(await run('', { key: certPem('leaf-p256') }), RULE)).toEqual([]);
  });
});
