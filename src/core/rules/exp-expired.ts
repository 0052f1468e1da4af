import type { LintRule } from './types';
import { hitAt, timeClaim } from './context';
import { isExpired } from '../claims/time';
import { durationInWords, timeValueInWords } from '../claims/words';

export const expExpired: LintRule = {
  id: 'exp-expired',
  severity: 'error',
  input: 'T+C',
  title: 'Expired',
  explanation:
    'The current time is past the token\'s `exp` plus the allowed clock skew, so a conforming verifier must reject it. ' +
    'Accepting it anyway lets an old, possibly stolen credential be replayed; it is also the most common reason a token "suddenly" stops working.',
  references: ['RFC 7519 §4.1.4'],
  check(ctx) {
    const exp = timeClaim(ctx, 'exp');
    if (!exp || !isExpired(exp.value, ctx.now, ctx.leeway)) return [];
    const message = `This token expired ${durationInWords(ctx.now - exp.value)} ago: \`exp\` is ${timeValueInWords(exp.value)}.`;
    return [hitAt(message, exp.at)];
  },
};
