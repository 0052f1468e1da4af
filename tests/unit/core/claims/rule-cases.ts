// Table helpers for the tests of the claim rules (sections G and H of rules.md): each case is
// a header and payload (or a literal token), run through inspect() at the tests' fixed clock.
import { describe, expect, it } from 'vitest';
import { hits, hmacToken, NOW, rs256Token, rsaPublicPem, run, severityOf } from '../../helpers/mint';
import type { InspectInput, Report, Severity } from '../../../../src/core/report';

export { NOW };
export const HS256 = { alg: 'HS256', typ: 'JWT' };
export const HOUR = 3600;
export const DAY = 86_400;

/** The payload of a clean, well-formed token: no warning or error is due on it. */
export const CLEAN = { iss: 'https://issuer.example', sub: 'u1', aud: 'api', iat: NOW - 60, exp: NOW + 540 };

export interface RuleCase {
  name: string;
  payload?: Record<string, unknown> | string;
  header?: Record<string, unknown>;
  /** A literal token (catalogue examples); overrides header and payload. */
  token?: string;
  options?: Omit<InspectInput, 'token'>;
  /** The strongest severity the rule must report, or undefined when it must stay quiet. */
  expected: Severity | undefined;
}

export async function runCase(c: RuleCase): Promise<Report> {
  const token = c.token ?? hmacToken(c.header ?? HS256, c.payload ?? {});
  return run(token, c.options);
}

/** Runs the case and asserts the rule's severity; when it fires, every finding must point
 * somewhere (`at`) so the UI can underline it. */
export async function expectRule(rule: string, c: RuleCase): Promise<Report> {
  const report = await runCase(c);
  expect(report.kind, 'the token must parse for this case to mean anything').not.toBe('malformed');
  expect(severityOf(report, rule)).toBe(c.expected);
  for (const f of hits(report, rule)) expect(f.at, `${rule} finding without a span`).toBeDefined();
  return report;
}

/** The clean RS256 token, verified with its 2048-bit key. */
export function cleanReport(): Promise<Report> {
  return run(rs256Token({ alg: 'RS256', typ: 'JWT' }, CLEAN), { key: rsaPublicPem() });
}

/** A rule must say nothing above info on the clean token, and nothing on the JWE or garbage. */
export async function expectQuietOnCleanAndForeign(rule: string): Promise<void> {
  const clean = await cleanReport();
  expect(clean.kind).toBe('jws');
  expect(hits(clean, rule).filter((f) => f.severity !== 'info')).toEqual([]);
  const jwe = await run('eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIn0..AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA');
  expect(hits(jwe, rule)).toEqual([]);
  const garbage = await run('not a token at all '.repeat(1000));
  expect(hits(garbage, rule)).toEqual([]);
}

/** The standard suite of a claim rule: its table, then the clean/JWE/garbage check, then any
 * extra tests. */
export function describeRule(rule: string, cases: RuleCase[], more?: () => void): void {
  describe(rule, () => {
    it.each(cases)('$name → $expected', async (c) => {
      await expectRule(rule, c);
    });
    it('stays quiet on a clean token (above info), a JWE and garbage', () => expectQuietOnCleanAndForeign(rule));
    more?.();
  });
}
