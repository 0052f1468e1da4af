// Issue 12 / rules-next.md O: cert-chain-order, for the header's x5c, a pasted JWK's x5c and a
// pasted PEM bundle. Chain: root-rsa -> intermediate-p384 -> leaf-p256 (tests/vectors/certs, README
// there); impostor-p384 has the intermediate's name on another key.
import { describe, expect, it } from 'vitest';
import { hits, run, severityOf } from '../../helpers/mint';
import { rs } from './de-cases';
import { bundle, certJwk, certPem, tokenOf, x5c } from './cert-cases';

const RULE = 'cert-chain-order';
const severities = async (...args: Parameters<typeof run>) => hits(await run(...args), RULE).map((f) => f.severity).sort();

describe(RULE, () => {
  it('issue 12: quiet for a header x5c in order, with the leaf key or with no key', async () => {
    const token = tokenOf('leaf-p256', { x5c: x5c('leaf-p256', 'intermediate-p384', 'root-rsa') });
    const report = await run(token, { key: certPem('leaf-p256') });
    expect(report.signature.status).toBe('valid');
    expect(hits(report, RULE)).toEqual([]);
    expect(hits(await run(token), RULE)).toEqual([]);
  });

  it('issue 12: header x5c = [intermediate, leaf] (the catalogue example): error when the verifying key is the second, warning without a key', async () => {
    const token = tokenOf('leaf-p256', { x5c: x5c('intermediate-p384', 'leaf-p256') });
    const withKey = await run(token, { key: certPem('leaf-p256') });
    expect(withKey.signature.status).toBe('valid');
    expect(hits(withKey, RULE)).toMatchObject([
      { severity: 'error', at: { part: 'header' } },
      { severity: 'warning', at: { part: 'header' } },
    ]);
    expect(await severities(token)).toEqual(['warning']);
  });

  it('issue 12: a pasted bundle in order verifies with its leaf and draws nothing', async () => {
    const report = await run(tokenOf('leaf-p256'), { key: bundle('leaf-p256', 'intermediate-p384', 'root-rsa') });
    expect(report.signature.status).toBe('valid');
    expect(hits(report, RULE)).toEqual([]);
  });

  it('issue 12: a reversed bundle: error when its leaf verifies the token, warning with a token it does not verify', async () => {
    const reversed = bundle('root-rsa', 'intermediate-p384', 'leaf-p256');
    expect(await severities(tokenOf('leaf-p256'), { key: reversed })).toEqual(['error', 'warning']);
    expect(await severities(rs(), { key: reversed })).toEqual(['warning']);
  });

  it('issue 12: warning when the next certificate has the issuer name but not the key (signature checked)', async () => {
    expect(await severities(tokenOf('leaf-p256'), { key: bundle('leaf-p256', 'impostor-p384') })).toEqual(['warning']);
    expect(await severities(tokenOf('leaf-p256'), { key: bundle('leaf-p256', 'intermediate-p384') })).toEqual([]);
  });

  it('issue 12: warning when a link is missing or a certificate repeats', async () => {
    expect(await severities(tokenOf('leaf-p256'), { key: bundle('leaf-p256', 'root-rsa') })).toEqual(['warning']);
    const repeated = tokenOf('leaf-p256', { x5c: x5c('leaf-p256', 'intermediate-p384', 'intermediate-p384') });
    expect(await severities(repeated)).toEqual(['warning']);
  });

  it("issue 12: a JWK's x5c: error when the JWK's own key is not the first certificate, quiet when it is", async () => {
    const jwk = (...chain: Parameters<typeof x5c>) => JSON.stringify({ ...certJwk('leaf-p256'), x5c: x5c(...chain) });
    expect(severityOf(await run(tokenOf('leaf-p256'), { key: jwk('intermediate-p384', 'leaf-p256') }), RULE)).toBe('error');
    expect(hits(await run(tokenOf('leaf-p256'), { key: jwk('leaf-p256', 'intermediate-p384') }), RULE)).toEqual([]);
  });

  it('issue 12: quiet for one certificate and on a token with no key', async () => {
    expect(hits(await run(tokenOf('self-p256'), { key: certPem('self-p256') }), RULE)).toEqual([]);
    expect(hits(await run(rs()), RULE)).toEqual([]);
  });

  it('issue 12: the key alone (no token): warning for a reversed bundle, quiet for one in order', async () => {
    expect(await severities('', { key: bundle('intermediate-p384', 'leaf-p256') })).toEqual(['warning']);
    expect(await severities('', { key: bundle('leaf-p256', 'intermediate-p384', 'root-rsa') })).toEqual([]);
  });

  it('issue 12: damaged certificates (cut short, bytes flipped) in the key, a JWK x5c or the header never crash the inspection', async () => {
    const der = Buffer.from(x5c('leaf-p256')[0]!, 'base64');
    const damaged = [40, 120, 200, der.length - 1].map((n) => der.subarray(0, n));
    for (const at of [1, 4, 30, 150, der.length - 72, der.length - 20]) {
      const copy = Buffer.from(der);
      copy[at] ^= 0x5a;
      damaged.push(copy);
    }
    const [int] = x5c('intermediate-p384');
    for (const bytes of damaged) {
      const b64 = bytes.toString('base64');
      const pem = `-----BEGIN CERTIFICATE-----\n${b64.match(/.{1,64}/g)!.join('\n')}\n-----END CERTIFICATE-----\n`;
      const inputs = [
        { token: tokenOf('leaf-p256', { x5c: [b64, int] }) },
        { token: tokenOf('leaf-p256'), key: pem + certPem('intermediate-p384') },
        { token: tokenOf('leaf-p256'), key: JSON.stringify({ ...certJwk('leaf-p256'), x5c: [b64, int] }) },
      ];
      for (const { token, key } of inputs) {
        const report = await run(token, key ? { key } : {});
        expect(report.findings.filter((f) => f.rule === 'internal')).toEqual([]);
      }
    }
  });
});
