// The table-driven suite every rule test uses: each case is a token (and optionally a key, an
// encoding and a clock) run through inspect(), stating the strongest severity expected; then the
// clean RS256 token with its key, and garbage, must draw nothing from the rule.
import { expect, it } from 'vitest';
import type { InspectInput, Report, Severity } from '../../../src/core/report';
import { hits, NOW, rs256Token, rsaPublicPem, run, severityOf } from './mint';

/** A clean payload: iss, sub, aud, iat and exp ten minutes on. */
const CLEAN = { iss: 'https://issuer.example', sub: 'u1', aud: 'api', iat: NOW - 60, exp: NOW + 540 };

export interface Case {
  name: string;
  token: string;
  key?: string;
  secretEncoding?: InspectInput['secretEncoding'];
  /** InspectInput.related (rules-next M). */
  related?: string;
  expected: Severity | undefined;
  /** How many findings the rule must report (when it matters). */
  count?: number;
  /** Clock for this case (default NOW). */
  now?: number;
  /** The finding points into the token (header member, signature). Default: true when it fires. */
  at?: boolean;
}

export async function expectCase(rule: string, c: Case): Promise<Report> {
  const report = await run(c.token, { ...(c.now !== undefined ? { now: c.now } : {}), ...(c.key !== undefined ? { key: c.key } : {}), ...(c.secretEncoding ? { secretEncoding: c.secretEncoding } : {}), ...(c.related !== undefined ? { related: c.related } : {}) });
  expect(report.kind, 'the token must parse for this case to mean anything').not.toBe('malformed');
  expect(severityOf(report, rule)).toBe(c.expected);
  const found = hits(report, rule);
  if (c.count !== undefined) expect(found).toHaveLength(c.count);
  if (c.at !== false) for (const f of found) expect(f.at, `${rule} finding without a span`).toBeDefined();
  return report;
}

/** The clean RS256 token with its key, and garbage, draw nothing from the rule. */
export async function expectQuietOnCleanAndGarbage(rule: string): Promise<void> {
  const clean = await run(rs256Token({ alg: 'RS256', typ: 'JWT' }, CLEAN), { key: rsaPublicPem() });
  expect(clean.signature.status).toBe('valid');
  expect(hits(clean, rule)).toEqual([]);
  const garbage = await run('not a token, just text. with dots. and more '.repeat(200));
  expect(hits(garbage, rule)).toEqual([]);
}

export function ruleSuite(rule: string, cases: Case[]): void {
  it.each(cases)('$name → $expected', async (c) => {
    await expectCase(rule, c);
  });
  it('stays quiet on a clean token with its key, and on garbage', () => expectQuietOnCleanAndGarbage(rule));
}
