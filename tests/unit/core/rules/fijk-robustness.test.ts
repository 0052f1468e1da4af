// Rules F/I/J/K on hostile input: long strings built to make naive regular expressions
// backtrack, huge payloads, deep nesting and garbage. They must answer promptly and never crash.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/core/parse/extract';
import { rules } from '../../../../src/core/rules/index';
import { runRules } from '../../../../src/core/rules/run';
import { parseToken } from '../../../../src/core/parse/token';
import { partView } from '../../../../src/core/report-parts';
import { tokenProfile } from '../../../../src/core/claims/profile';
import { DEFAULT_THRESHOLDS } from '../../../../src/core/index';
import type { RuleContext } from '../../../../src/core/rules/types';
import { hs, jwe, NOW } from './fijk-cases';

const MINE = new Set(
  'crit-unknown crit-malformed b64-false zip-in-jws typ-unexpected typ-at-jwt-claims-missing token-kind-id-token cty-nested-jwt cty-unusual param-url-probe header-unregistered-params claim-type-invalid time-claim-fractional time-claim-negative number-precision-loss payload-credential payload-card-number payload-gov-id payload-contact-pii payload-internal-info jwe-compact jwe-rsa1_5 jwe-dir jwe-not-authenticated jwe-zip jwe-pbes2-p2c jwe-epk-invalid'.split(' '),
);
const mine = rules.filter((r) => MINE.has(r.id));
/** Generous: the build machine is shared. A quadratic regex on these inputs takes minutes. */
const LIMIT_MS = 15_000;

/** The rule context inspect() would build, without keys or verification (my rules use neither). */
function context(input: string): RuleContext {
  const extraction = extract(input);
  const token = parseToken(extraction);
  const header = partView(token.header)?.value;
  const payload = token.payload ? partView(token.payload.json, token.payload.bytes, token.payload.text)?.value : undefined;
  return {
    input,
    extraction,
    token,
    header,
    payload,
    keys: { kind: 'none', candidates: [], setIssues: [] },
    keyText: '',
    verdict: { status: 'no-key', reason: 'No key was given.', candidates: [] },
    profile: tokenProfile(header, payload),
    now: NOW,
    leeway: 60,
    thresholds: DEFAULT_THRESHOLDS,
    secretEncoding: 'auto',
  };
}

function timed(input: string) {
  const ctx = context(input);
  const start = performance.now();
  const findings = runRules(ctx, mine);
  return { findings, ms: performance.now() - start, kind: ctx.token.kind };
}

const hostile = [
  'a'.repeat(4000),
  '1'.repeat(4000),
  '4'.repeat(19) + ' '.repeat(10),
  'Server=x;'.repeat(450),
  'a.'.repeat(2000),
  'x@'.repeat(2000),
  'at a('.repeat(800),
  '-'.repeat(4000),
  'GB82 '.repeat(800),
  '/etc/'.repeat(800),
  'http://'.repeat(500),
];

describe('rules F/I/J/K on hostile input', () => {
  it('a payload of 600 long adversarial strings is linted without quadratic blow-up', () => {
    const payload: Record<string, unknown> = { sub: 'u1' };
    for (let i = 0; i < 600; i++) payload[`k${i}`] = hostile[i % hostile.length];
    const { findings, ms, kind } = timed(hs(payload));
    expect(kind).toBe('jws');
    expect(findings.filter((f) => f.rule === 'internal')).toEqual([]);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('deeply nested arrays and many numbers neither crash nor hang', () => {
    const deep = `{"sub":"u1","a":${'['.repeat(500)}1${']'.repeat(500)},"n":[${Array(50_000).fill('9007199254740993').join(',')}]}`;
    const { findings, ms } = timed(hs(deep));
    expect(findings.filter((f) => f.rule === 'internal')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'number-precision-loss').length).toBeLessThanOrEqual(10);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it.each([
    ['5 MB of garbage', 'garbage '.repeat(650_000)],
    ['a header that is a JSON array', `${Buffer.from('[1]').toString('base64url')}.e30.`],
    ['a JWE whose header is not JSON', `${Buffer.from('x').toString('base64url')}.a.b.c.d`],
    ['a JWE with a hostile epk', jwe({ alg: 'ECDH-ES', enc: 'A128GCM', epk: { kty: 'EC', crv: 'P-256', x: '!!', y: null } })],
    ['a JWE with a prototype-named curve', jwe({ alg: 'ECDH-ES', enc: 'A128GCM', epk: { kty: 'EC', crv: 'constructor', x: 'AA' } })],
  ])('%s: no crash', (_, input) => {
    const { findings, ms } = timed(input);
    expect(findings.filter((f) => f.rule === 'internal')).toEqual([]);
    expect(ms).toBeLessThan(LIMIT_MS);
  });
});
