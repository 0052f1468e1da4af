// Properties of the claims model and the claim rules over arbitrary payloads: nothing crashes,
// every member is described, and the time verdict agrees with exp/nbf and the leeway.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timeVerdict } from '../../../../src/core/claims/time';
import { durationInWords } from '../../../../src/core/claims/words';
import { hmacToken, NOW, run } from '../../helpers/mint';

const CLAIM_RULES = new Set([
  'exp-missing', 'exp-expired', 'nbf-future', 'iat-future', 'time-window-empty', 'lifetime-long', 'iat-stale',
  'iat-missing', 'time-claim-milliseconds', 'time-claim-far-future', 'iss-missing', 'sub-missing', 'aud-missing',
  'aud-array', 'aud-wildcard', 'jti-missing', 'privileged-claims',
]);

const timeValue = fc.oneof(
  fc.integer({ min: -1e12, max: 1e13 }),
  fc.double({ noNaN: true }),
  fc.constantFrom(0, NOW, NOW - 3600, NOW + 3600, 1e11, 253402300800, 1e300),
  fc.string(),
  fc.constant(null),
);
const payload = fc.record(
  {
    exp: timeValue,
    nbf: timeValue,
    iat: timeValue,
    aud: fc.oneof(fc.string(), fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant('*')), { maxLength: 4 }), fc.jsonValue()),
    roles: fc.oneof(fc.array(fc.constantFrom('admin', 'user', 'ROLE_ROOT', 'x')), fc.jsonValue()),
    scope: fc.oneof(fc.constantFrom('read', 'admin', '*', ''), fc.jsonValue()),
    extra: fc.jsonValue({ maxDepth: 4 }),
  },
  { requiredKeys: [] },
);

describe('claims over arbitrary payloads', () => {
  it('never crash a rule, describe every member, and agree with the time verdict', async () => {
    await fc.assert(
      fc.asyncProperty(payload, fc.integer({ min: 0, max: 3600 }), async (p, leeway) => {
        const report = await run(hmacToken({ alg: 'HS256', typ: 'JWT' }, p), { leeway });
        // A crashing rule (any rule: the payloads are hostile) shows up as an `internal` finding.
        expect(report.findings.filter((f) => f.rule === 'internal')).toEqual([]);
        const sent = JSON.parse(JSON.stringify(p)) as Record<string, unknown>;
        expect(report.claims.map((c) => c.name)).toEqual(Object.keys(sent));
        const exp = sent.exp;
        const expired = typeof exp === 'number' && NOW > exp + leeway;
        expect(report.time.status === 'expired').toBe(expired);
        expect(report.findings.some((f) => f.rule === 'exp-expired')).toBe(expired);
        for (const f of report.findings.filter((x) => CLAIM_RULES.has(x.rule))) expect(f.at).toBeDefined();
      }),
      { numRuns: 60 },
    );
  });

  it('timeVerdict: status is unknown only without a payload, and no-expiry only without a finite numeric exp', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('exp', 'nbf', 'iat', 'sub'), timeValue), fc.nat(10_000), (p, leeway) => {
        const v = timeVerdict(p, NOW, leeway);
        expect(v.status).not.toBe('unknown');
        // A non-finite exp (1e999 parses to Infinity) is no usable expiry, as time.ts documents.
        if (v.status === 'no-expiry') expect(typeof p.exp === 'number' && Number.isFinite(p.exp)).toBe(false);
        if (typeof p.exp === 'number' && Number.isFinite(p.exp)) expect(v.expiresIn).toBe(p.exp - NOW);
      }),
    );
  });

  it('durationInWords always gives words', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (s) => {
        expect(durationInWords(s)).toMatch(/^(forever|[\d,.]+ [a-z]+)$/);
      }),
    );
  });
});
