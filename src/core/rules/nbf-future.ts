import type { LintRule } from './types';
import { hitAt, timeClaim } from './context';
import { durationInWords, timeValueInWords } from '../claims/words';

export const nbfFuture: LintRule = {
  id: 'nbf-future',
  severity: 'error',
  input: 'T+C',
  title: 'Not valid yet',
  explanation:
    'The token\'s `nbf` (not before) lies further in the future than the allowed clock skew, so a conforming verifier must reject it for now. ' +
    'Either it was minted ahead of time, or the issuer\'s clock is wrong.',
  references: ['RFC 7519 §4.1.5'],
  check(ctx) {
    const nbf = timeClaim(ctx, 'nbf');
    if (!nbf || !(nbf.value > ctx.now + ctx.leeway)) return [];
    const unit = nbf.value >= ctx.thresholds.millisecondsFrom ? ', which looks like milliseconds instead of seconds' : '';
    const message = `This token is not valid for another ${durationInWords(nbf.value - ctx.now)}: \`nbf\` is ${timeValueInWords(nbf.value)}${unit}.`;
    return [hitAt(message, nbf.at)];
  },
};
