// The exit status of an inspection (design.md "Contract decisions", CLI): 1 when a finding
// reaches --fail-on, 0 otherwise. A malformed, unsecured or invalid token has an error finding,
// so it fails at the default. Exit 2 (usage and input errors) is decided before inspecting.
// --aud / --nonce that the key binding JWT does not match also exit 1 (unless --fail-on never):
// no catalogue id covers that (it needs the Verifier's values), but the user asked for the check.
import type { Finding, Report, Severity } from '../core/index';
import type { FailOn } from './args';

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const THRESHOLD: Record<FailOn, number> = { error: 3, warning: 2, info: 1, never: Infinity };

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export function exitCodeFor(findings: readonly Finding[], failOn: FailOn): number {
  return findings.some((f) => RANK[f.severity] >= THRESHOLD[failOn]) ? EXIT.findings : EXIT.ok;
}

/** The key binding JWT's aud or nonce is not the one given with --aud / --nonce. */
export function expectedMismatch(report: Pick<Report, 'sd'>): boolean {
  const kb = report.sd?.keyBinding;
  return kb?.audMatches === false || kb?.nonceMatches === false;
}

/** SARIF result levels (SARIF 2.1.0 §3.27.10). */
export const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
