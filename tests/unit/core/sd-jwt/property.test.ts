// Property test with our own test issuer (tests/unit/helpers/sd-jwt.ts): random claims, a random
// choice of what is selectively disclosable (whole claims and array elements), decoy digests.
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from '../../helpers/mint';
import { type D, elem, es256, issuerJwk, present, prop, SD_HEADER } from '../../helpers/sd-jwt';

const key = issuerJwk();
const json = fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);
const name = fc.string({ minLength: 1, maxLength: 8 }).filter((n) => !['_sd', '_sd_alg', '...'].includes(n));
/** 0: plain, 1: the whole claim disclosable, 2: (arrays) each element disclosable. */
const claims = fc.dictionary(name, fc.tuple(fc.oneof(json, fc.array(json, { maxLength: 3 })), fc.integer({ min: 0, max: 2 })), { maxKeys: 6 });

interface Built {
  token: (keep: (d: D) => boolean) => string;
  disclosures: { d: D; claim: string }[];
  expected: Record<string, unknown>;
  /** The claims a verifier sees when only the Disclosures in `kept` are presented. */
  expectedFor: (kept: Set<D>) => Record<string, unknown>;
}

/** Sets a member even when it is named `__proto__`. */
const set = (o: Record<string, unknown>, n: string, value: unknown) => Object.defineProperty(o, n, { value, enumerable: true, writable: true, configurable: true });

function build(spec: Record<string, [unknown, number]>, decoys: number): Built {
  const payload: Record<string, unknown> = {};
  const sd: string[] = [];
  const disclosures: Built['disclosures'] = [];
  const parts: ((kept: Set<D>, out: Record<string, unknown>) => void)[] = [];
  for (const [n, [value, mode]] of Object.entries(spec)) {
    if (mode === 1) {
      const d = prop(n, value);
      sd.push(d.digest);
      disclosures.push({ d, claim: n });
      parts.push((kept, out) => kept.has(d) && set(out, n, value));
    } else if (mode === 2 && Array.isArray(value)) {
      const items = value.map((v) => ({ v, d: elem(v) }));
      for (const { d } of items) disclosures.push({ d, claim: n });
      set(payload, n, items.map(({ d }) => ({ '...': d.digest })));
      parts.push((kept, out) => set(out, n, items.filter(({ d }) => kept.has(d)).map(({ v }) => v)));
    } else {
      set(payload, n, value);
      parts.push((_, out) => set(out, n, value));
    }
  }
  for (let i = 0; i < decoys; i++) sd.push(randomBytes(32).toString('base64url'));
  const issuer = es256(SD_HEADER, { ...payload, _sd: sd.sort(), _sd_alg: 'sha-256' });
  const expectedFor = (kept: Set<D>) => {
    const out: Record<string, unknown> = {};
    for (const part of parts) part(kept, out);
    return out;
  };
  return { token: (keep) => present(issuer, disclosures.map((x) => x.d).filter(keep)), disclosures, expected: expectedFor(new Set(disclosures.map((x) => x.d))), expectedFor };
}

const sdErrors = (findings: { rule: string; severity: string }[]) => findings.filter((f) => /^(sd|kb)-/.test(f.rule) && f.severity === 'error');

describe('issue 14: SD-JWT property test', () => {
  it('issue 14: every Disclosure is referenced and the claims are rebuilt exactly', async () => {
    await fc.assert(
      fc.asyncProperty(claims, fc.integer({ min: 0, max: 3 }), async (spec, decoys) => {
        const b = build(spec, decoys);
        const report = await run(b.token(() => true), { key });
        expect(report.signature.status).toBe('valid');
        expect(report.sd!.disclosures.every((d) => d.referenced)).toBe(true);
        expect(report.sd!.claims).toEqual(b.expected);
        expect(sdErrors(report.findings)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('issue 14: dropping Disclosures removes exactly those claims, with no error', async () => {
    await fc.assert(
      fc.asyncProperty(claims, fc.integer({ min: 0, max: 2 }), fc.infiniteStream(fc.boolean()), async (spec, decoys, coins) => {
        const b = build(spec, decoys);
        const kept = new Set(b.disclosures.filter(() => coins.next().value as boolean).map((x) => x.d));
        const report = await run(b.token((d) => kept.has(d)), { key });
        expect(report.sd!.disclosures.every((d) => d.referenced)).toBe(true);
        expect(sdErrors(report.findings)).toEqual([]);
        expect(report.sd!.disclosures).toHaveLength(kept.size);
        expect(report.sd!.claims).toEqual(b.expectedFor(kept));
      }),
      { numRuns: 40 },
    );
  });

  it('issue 14: one changed character in a Disclosure makes it unreferenced', async () => {
    await fc.assert(
      fc.asyncProperty(name, json, fc.nat(), async (n, value, at) => {
        const d = prop(n, value);
        const issuer = es256(SD_HEADER, { _sd: [d.digest] });
        const i = at % d.text.length;
        const changed = d.text.slice(0, i) + (d.text[i] === 'A' ? 'B' : 'A') + d.text.slice(i + 1);
        const report = await run(present(issuer, [changed]), { key });
        expect(report.sd!.disclosures[0]!.referenced).toBe(false);
        expect(report.sd!.claims).toEqual({});
      }),
      { numRuns: 60 },
    );
  });
});
