// Table helpers for the tests of rule sections F, I, J and K: every case is a literal token run
// through inspect() at the tests' fixed clock; a case states the strongest severity expected.
import { expect, it } from 'vitest';
import { b64url, hits, hmacToken, NOW, rs256Token, rsaPublicPem, run, severityOf } from '../../helpers/mint';
import type { Report, Severity } from '../../../../src/core/types';

export { NOW };
export const HS = { alg: 'HS256', typ: 'JWT' };
/** A clean payload: nothing in sections F/I/J/K is due on it. */
export const GOOD = { iss: 'https://issuer.example', sub: 'u1', aud: 'api', iat: NOW - 60, exp: NOW + 540, jti: 'a1b2c3' };

/** An HS256 token (secret `secret`) with the given payload and header. */
export const hs = (payload: Record<string, unknown> | string, header: Record<string, unknown> = HS) =>
  hmacToken(header, payload);

/** A compact JWE with the given protected header; iv, ciphertext and tag are filler bytes. */
export const jwe = (header: Record<string, unknown>, encryptedKey = '') =>
  `${b64url(JSON.stringify(header))}.${encryptedKey}.AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA`;

export interface Case {
  name: string;
  token: string;
  expected: Severity | undefined;
  /** How many findings the rule must report (when it matters). */
  count?: number;
}

export async function expectCase(rule: string, c: Case): Promise<Report> {
  const report = await run(c.token);
  expect(report.kind, 'the token must parse for this case to mean anything').not.toBe('malformed');
  expect(severityOf(report, rule)).toBe(c.expected);
  const found = hits(report, rule);
  if (c.count !== undefined) expect(found).toHaveLength(c.count);
  for (const f of found) expect(f.at, `${rule} finding without a span`).toBeDefined();
  return report;
}

/** The clean RS256 token (iss, sub, aud, iat, exp 10 minutes on, typ JWT, 2048-bit key given)
 * and plain garbage must draw nothing from the rule. */
export async function expectQuietOnCleanAndGarbage(rule: string): Promise<void> {
  const clean = await run(rs256Token({ alg: 'RS256', typ: 'JWT' }, GOOD), { key: rsaPublicPem() });
  expect(clean.kind).toBe('jws');
  expect(hits(clean, rule)).toEqual([]);
  const garbage = await run('not a token, just text. with dots. and more '.repeat(200));
  expect(hits(garbage, rule)).toEqual([]);
}

/** The standard suite: every case of the table, then the clean token and garbage. */
export function ruleSuite(rule: string, cases: Case[]): void {
  it.each(cases)('$name → $expected', async (c) => {
    await expectCase(rule, c);
  });
  it('stays quiet on a clean token and on garbage', () => expectQuietOnCleanAndGarbage(rule));
}
