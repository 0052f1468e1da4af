// The Samples menu's SD-JWT (src/ui/samples/sd-jwt.ts), built with Node's WebCrypto and read by
// the core as the page would: it must verify, and say only what is true of it.
import { describe, expect, it } from 'vitest';
import { inspect, summarize } from '../../../src/core/index';
import { buildSample } from '../../../src/ui/samples/index';

const NOW = 1_796_000_000;

describe('the SD-JWT sample', () => {
  it('issue 14: verifies with its issuer key, every Disclosure referenced, key binding valid, and only true warnings', async () => {
    const sample = await buildSample('sd-jwt', NOW);
    const report = await inspect({ token: sample.token, key: sample.key, now: NOW });
    expect(report.kind).toBe('sd-jwt');
    expect(report.signature.status).toBe('valid');
    expect(summarize(report).trusted).toBe(true);
    expect(report.sd!.disclosures.map((d) => [d.name, d.referenced])).toEqual([
      ['given_name', true],
      ['family_name', true],
      ['email', true],
      ['birthdate', true],
    ]);
    expect(report.sd!.keyBinding).toEqual({ status: 'valid', sdHashMatches: true });
    expect((report.sd!.claims as { given_name?: string }).given_name).toBe('Erika');
    // A credential valid for a year, with no aud of its own (the KB-JWT carries it; whether
    // aud-missing should fire on SD-JWT VCs is an open question in rules-next.md).
    expect(report.findings.filter((f) => f.severity !== 'info').map((f) => f.rule).sort()).toEqual(['aud-missing', 'lifetime-long']);
  });
});
