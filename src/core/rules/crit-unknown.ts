import type { LintRule, RuleHit } from './types';
import { valueAt } from './context';

/** The only `crit` extension this inspector implements. */
const UNDERSTOOD = new Set(['b64']);

export const critUnknown: LintRule = {
  id: 'crit-unknown',
  severity: 'error',
  input: 'T',
  title: 'Critical header extension not understood',
  explanation:
    'Names listed in `crit` are extensions the recipient must understand, or else reject the token. ' +
    'A verifier that silently ignores an unknown critical extension accepts tokens it should refuse; ' +
    'several JWT libraries had exactly this bug.',
  references: ['RFC 7515 §4.1.11', 'CVE-2026-35042', 'CVE-2026-32597', 'CVE-2025-59420'],
  check(ctx) {
    const crit = ctx.header?.crit;
    if (!Array.isArray(crit)) return [];
    const at = valueAt(ctx, 'header', 'crit');
    const seen = new Set<string>();
    const out: RuleHit[] = [];
    for (const name of crit) {
      if (typeof name !== 'string' || UNDERSTOOD.has(name) || seen.has(name)) continue;
      seen.add(name);
      out.push({
        message: `\`crit\` requires the extension "${name}", which this inspector does not implement: a conforming verifier must reject the token unless it implements it.`,
        at,
      });
    }
    return out;
  },
};
