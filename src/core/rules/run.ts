import type { Finding } from '../report';
import type { LintRule, RuleContext } from './types';
import { rules as registered } from './index';
import { keyAlone } from './context';

/** Runs every rule over one context; for a key pasted with no token, only the rules marked
 * `keyAlone`. A rule that throws becomes an `internal` finding that names it; the other rules
 * still run. */
export function runRules(ctx: RuleContext, rules: readonly LintRule[] = registered): Finding[] {
  const findings: Finding[] = [];
  const alone = keyAlone(ctx);
  for (const rule of rules) {
    if (alone && !rule.keyAlone) continue;
    try {
      for (const hit of rule.check(ctx)) {
        findings.push({
          rule: rule.id,
          severity: hit.severity ?? rule.severity,
          message: hit.message,
          ...(hit.at ? { at: hit.at } : {}),
          ...(hit.spans ? { spans: hit.spans } : {}),
        });
      }
    } catch (error) {
      findings.push({
        rule: 'internal',
        severity: 'warning',
        message: `The check "${rule.id}" crashed (${describe(error)}); the other checks still ran.`,
      });
    }
  }
  return findings;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
