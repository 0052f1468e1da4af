import type { LintRule } from './types';
import { hitAt, timeClaim } from './context';
import { durationInWords, timeValueInWords } from '../claims/words';

/** 100 years of 365.25 days, in seconds. */
const HUNDRED_YEARS = 100 * 365.25 * 86_400;
/** 10000-01-01T00:00:00Z: the first instant many date types cannot hold. */
const YEAR_10000 = 253_402_300_800;

export const timeClaimFarFuture: LintRule = {
  id: 'time-claim-far-future',
  severity: 'warning',
  input: 'T',
  title: 'Expires in the far future',
  explanation:
    'The token\'s `exp` is more than a hundred years away, which makes it a token that effectively never expires. ' +
    'Values beyond the year 9999 can also overflow date types in some runtimes, with unpredictable results.',
  references: ['RFC 7519 §4.1.4'],
  check(ctx) {
    const exp = timeClaim(ctx, 'exp');
    if (!exp) return [];
    if (exp.value >= YEAR_10000) {
      return [hitAt(`\`exp\` ${exp.value} lies beyond the year 9999: many date types overflow on it, and the token effectively never expires.`, exp.at)];
    }
    if (exp.value < ctx.thresholds.millisecondsFrom && exp.value - ctx.now > HUNDRED_YEARS) {
      return [hitAt(`\`exp\` ${timeValueInWords(exp.value)} is ${durationInWords(exp.value - ctx.now)} away: this token effectively never expires.`, exp.at)];
    }
    return [];
  },
};
