// The verdict of an SD-JWT says the issuer signature and the key binding apart.
import { describe, expect, it } from 'vitest';
import { run } from '../../helpers/mint';
import { BASE, issuerJwk, simple } from '../../helpers/sd-jwt';

const key = issuerJwk();

describe('issue 14: SD-JWT summary', () => {
  it('issue 14: a valid SD-JWT+KB is trusted and the sentence names the key binding', async () => {
    const report = await run(simple({ given_name: 'Alice' }, BASE, { kb: {} }).token, { key });
    expect(report.summary.status).toBe('valid');
    expect(report.summary.trusted).toBe(true);
    expect(report.summary.sentence).toMatch(/Key binding/);
  });

  it('issue 14: a key binding JWT by the wrong key makes the presentation untrusted', async () => {
    const report = await run(simple({ given_name: 'Alice' }, BASE, { kb: { wrongKey: true } }).token, { key });
    expect(report.signature.status).toBe('valid');
    expect(report.summary.trusted).toBe(false);
    expect(report.summary.rule).toBe('sig-invalid');
  });

  it('issue 14: a key binding over other Disclosures makes it untrusted (kb-sd-hash-mismatch)', async () => {
    const { token, disclosures } = simple({ given_name: 'Alice', email: 'a@example.com' }, BASE, { kb: {} });
    const report = await run(token.replace(`${disclosures[0]!.text}~`, ''), { key });
    expect(report.summary.trusted).toBe(false);
    expect(report.summary.rule).toBe('kb-sd-hash-mismatch');
  });
});
