import type { LintRule } from './types';
import { hitAt, timeClaim } from './context';
import { durationInWords } from '../claims/words';

export const timeWindowEmpty: LintRule = {
  id: 'time-window-empty',
  severity: 'error',
  input: 'T',
  title: 'Can never be valid',
  explanation:
    'The token expires at or before the moment it was issued or becomes valid, so there is no instant at which a verifier may accept it. ' +
    'That is an issuer bug (often mixed time units) or a sign the claims were tampered with.',
  references: ['RFC 7519 §4.1.4', 'RFC 7519 §4.1.5', 'RFC 7519 §4.1.6'],
  check(ctx) {
    const exp = timeClaim(ctx, 'exp');
    if (!exp) return [];
    for (const name of ['nbf', 'iat'] as const) {
      const start = timeClaim(ctx, name);
      if (start && exp.value <= start.value) {
        const when = exp.value === start.value ? 'at the same moment as' : `${durationInWords(start.value - exp.value)} before`;
        return [hitAt(`\`exp\` ${exp.value} falls ${when} \`${name}\` ${start.value}, so this token can never be valid.`, exp.at)];
      }
    }
    return [];
  },
};
