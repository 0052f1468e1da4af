// The SD-JWT VC draft's examples (tests/vectors/sd-jwt/sd-jwt-vc-examples.json, IETF Trust
// licence; issuer key from the draft repository's examples/settings.yml, CC0) decode, verify with
// the issuer key to the draft's processed payloads, and the section L rules say only what is
// true of them. Also: every RFC 9901 example through the whole inspect(), findings checked.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inspect } from '../../../../src/core';
import type { Report } from '../../../../src/core/report';

interface Example { name: string; typ: string; now: number; text: string; processed?: unknown; keyBinding: boolean; issuance?: boolean; note?: string }
const read = (file: string) => JSON.parse(readFileSync(new URL(`../../../vectors/sd-jwt/${file}`, import.meta.url), 'utf8')) as { issuerKey: object; now?: number; examples: Example[] };
const vc = read('sd-jwt-vc-examples.json');
const rfc = read('rfc9901-examples.json');

const sdRules = (report: Report) => report.findings.filter((f) => /^(sd|kb)-/.test(f.rule)).map((f) => `${f.rule} ${f.severity}`);

describe('issue 14: SD-JWT VC draft examples', () => {
  for (const example of vc.examples) {
    it(`issue 14: ${example.name} verifies with the issuer key and processes to the draft's payload`, async () => {
      const report = await inspect({ token: example.text, key: JSON.stringify(vc.issuerKey), now: example.now });
      expect(report.kind).toBe('sd-jwt');
      expect(report.signature.status).toBe('valid');
      expect(report.header?.value).toMatchObject({ typ: example.typ });
      expect(report.sd!.disclosures.length).toBeGreaterThan(0);
      expect(report.sd!.disclosures.every((d) => d.referenced)).toBe(true);
      if (example.processed) expect(report.sd!.claims).toEqual(example.processed);
      if (example.keyBinding) expect(report.sd!.keyBinding).toEqual({ status: 'valid', sdHashMatches: true });
      else expect(report.sd!.keyBinding?.status).toBe('missing');
      expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    });

    it(`issue 14: ${example.name}: the sd-* and kb-* rules report only what is true`, async () => {
      const report = await inspect({ token: example.text, key: JSON.stringify(vc.issuerKey), now: example.now });
      const expected = new Set<string>();
      // Decoys and withheld claims: every example hides some digests or presents fewer claims.
      if (!example.issuance) expect(sdRules(report)).toContain('sd-undisclosed-digests info');
      // An issued credential bound to a holder key (`cnf`) has no KB-JWT yet: kb-jwt-missing's trigger.
      const cnf = (report.sd!.claims as Record<string, unknown>)['cnf'] !== undefined;
      if (!example.keyBinding && cnf) expected.add('kb-jwt-missing warning');
      // The legacy typ, accepted for a transition period by -18 (SD-JWT VC §2.2.1): info, never more.
      if (example.typ === 'vc+sd-jwt') expected.add('sd-vc-typ info');
      expect(new Set(sdRules(report).filter((r) => r !== 'sd-undisclosed-digests info'))).toEqual(expected);
    });
  }
});

describe('issue 14: every RFC 9901 example through inspect()', () => {
  const key = JSON.stringify(rfc.issuerKey);
  const json = rfc.examples.filter((e) => e.text.trimStart().startsWith('{'));

  it('issue 14: the JSON serialization header members disclosures and kb_jwt (RFC 9901 §8.1) are not header-unregistered-params', async () => {
    expect(json.length).toBe(2);
    for (const example of json) {
      const report = await inspect({ token: example.text, key, now: rfc.now! });
      expect(report.findings.filter((f) => f.rule === 'header-unregistered-params')).toEqual([]);
    }
  });

  it('issue 14: an RFC 9901 JSON serialization is reported as JSON form, not as a polyglot; a hidden compact token still is', async () => {
    const example = json[0]!;
    const plain = await inspect({ token: example.text, key, now: rfc.now! });
    const found = plain.findings.filter((f) => f.rule === 'format-json-serialization');
    expect(found).toHaveLength(1);
    // The same object with a compact token hidden in a member name (CVE-2022-39227).
    const object = JSON.parse(example.text) as { header: { kb_jwt: string } };
    const hidden = JSON.stringify({ ...object, [object.header.kb_jwt]: '' });
    const polyglot = (await inspect({ token: hidden, key, now: rfc.now! })).findings.filter((f) => f.rule === 'format-json-serialization');
    expect(polyglot).toHaveLength(1);
    expect(polyglot[0]!.message).not.toBe(found[0]!.message);
  });

  it('issue 14: no RFC 9901 example draws an sd-* or kb-* finding other than sd-undisclosed-digests', async () => {
    for (const example of rfc.examples) {
      const report = await inspect({ token: example.text, key, now: rfc.now! });
      expect(sdRules(report).filter((r) => r !== 'sd-undisclosed-digests info'), example.name).toEqual([]);
    }
  });
});
