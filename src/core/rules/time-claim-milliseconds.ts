import type { LintRule, RuleHit } from './types';
import { hitAt, timeClaim } from './context';
import { durationInWords, utcInWords } from '../claims/words';

/** Likely unit of a too-large time value, and how many of them make a second. */
function unitOf(value: number): { unit: string; perSecond: number } {
  if (value >= 1e18) return { unit: 'nanoseconds', perSecond: 1e9 };
  if (value >= 1e15) return { unit: 'microseconds', perSecond: 1e6 };
  return { unit: 'milliseconds', perSecond: 1e3 };
}

export const timeClaimMilliseconds: LintRule = {
  id: 'time-claim-milliseconds',
  severity: 'warning',
  input: 'T',
  title: 'Time in milliseconds',
  explanation:
    'A JWT time claim must count seconds, but this one is large enough to be milliseconds (or finer). ' +
    'Libraries read it as seconds: an `exp` then lies tens of thousands of years ahead and never expires, an `nbf` never passes, and an `iat` looks like the future.',
  references: ['RFC 7519 §2 (NumericDate is seconds)'],
  check(ctx) {
    const out: RuleHit[] = [];
    for (const name of ['exp', 'nbf', 'iat'] as const) {
      const claim = timeClaim(ctx, name);
      if (!claim || claim.value < ctx.thresholds.millisecondsFrom) continue;
      const { unit, perSecond } = unitOf(claim.value);
      const meant = utcInWords(claim.value / perSecond);
      const guess = meant ? `looks like ${unit} (${meant})` : `looks like ${unit}`;
      const read = durationInWords(claim.value - ctx.now);
      out.push(hitAt(`\`${name}\` ${claim.value} ${guess}, but JWT times are seconds, so libraries read it as ${read} from now.`, claim.at));
    }
    return out;
  },
};
