// The RFC 9901 examples (tests/vectors/sd-jwt, IETF Trust licence) decode, verify with the
// RFC's issuer key (App. A.5) and process to the RFC's Processed SD-JWT Payloads.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inspect } from '../../../../src/core';

interface Vectors {
  issuerKey: Record<string, string>;
  now: number;
  examples: { name: string; text: string; processed?: unknown; keyBinding: boolean; note?: string }[];
}
const vectors = JSON.parse(readFileSync(new URL('../../../vectors/sd-jwt/rfc9901-examples.json', import.meta.url), 'utf8')) as Vectors;
const key = JSON.stringify(vectors.issuerKey);

describe('issue 14: RFC 9901 examples', () => {
  for (const example of vectors.examples) {
    it(`issue 14: ${example.name} verifies and every Disclosure is referenced`, async () => {
      const report = await inspect({ token: example.text, key, now: vectors.now });
      expect(report.kind).toBe('sd-jwt');
      // The general serialization's second signature is by a key the RFC does not publish.
      const issuer = example.note ? report.signature.perSignature![0]! : report.signature;
      expect(issuer.status).toBe('valid');
      expect(report.sd).toBeDefined();
      expect(report.sd!.disclosures.length).toBeGreaterThan(0);
      expect(report.sd!.disclosures.every((d) => d.referenced)).toBe(true);
      if (example.processed) expect(report.sd!.claims).toEqual(example.processed);
      if (example.keyBinding) expect(report.sd!.keyBinding).toEqual({ status: 'valid', sdHashMatches: true });
      else expect(report.sd!.keyBinding?.status).toBe('missing');
      const errors = report.findings.filter((f) => f.severity === 'error').map((f) => `${f.path?.join('/') ?? ''} ${f.rule}`);
      expect(errors).toEqual(example.note ? [' sig-invalid'] : []);
    });
  }

  it('issue 14: the section 5.2 presentation points each Disclosure at its place (JSON Pointer)', async () => {
    const report = await inspect({ token: vectors.examples[0]!.text, key, now: vectors.now });
    const paths = Object.fromEntries(report.sd!.disclosures.map((d) => [d.name ?? String(d.value), d.path]));
    expect(paths).toEqual({ family_name: '/family_name', address: '/address', given_name: '/given_name', US: '/nationalities/0' });
  });
});
