import type { LintRule } from './types';
import { hitAt, timeClaim } from './context';
import { durationInWords, timeValueInWords } from '../claims/words';

const DAY = 86_400;

export const iatFuture: LintRule = {
  id: 'iat-future',
  severity: 'warning',
  input: 'T+C',
  title: 'Issued in the future',
  explanation:
    'The token claims to have been issued later than now (beyond the allowed clock skew). ' +
    'That points at a skewed issuer clock, a time written in milliseconds instead of seconds, or hand-edited claims; more than a day ahead is treated as an error.',
  references: ['RFC 7519 §4.1.6'],
  check(ctx) {
    const iat = timeClaim(ctx, 'iat');
    if (!iat || !(iat.value > ctx.now + ctx.leeway)) return [];
    const ahead = iat.value - ctx.now;
    const why =
      iat.value >= ctx.thresholds.millisecondsFrom
        ? 'most likely it is written in milliseconds instead of seconds'
        : "the issuer's clock is off, or the claims were edited";
    const message = `\`iat\` ${timeValueInWords(iat.value)} is ${durationInWords(ahead)} in the future: ${why}.`;
    return [hitAt(message, iat.at, ahead > DAY ? 'error' : undefined)];
  },
};
