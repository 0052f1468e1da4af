import type { LintRule } from './types';
import { numericTimeClaims } from '../lint/time-claims';

export const timeClaimNegative: LintRule = {
  id: 'time-claim-negative',
  severity: 'warning',
  input: 'T',
  title: 'Time claim zero or negative',
  explanation:
    'A time claim of 0 or less means 1970 or earlier: it is a placeholder or garbage value, not a real time. ' +
    'Code that stores times as unsigned or checks "is it set?" with a truthiness test mis-handles it.',
  references: ['RFC 7519 §2'],
  check(ctx) {
    return numericTimeClaims(ctx)
      .filter(({ value }) => value <= 0)
      .map(({ name, raw, member }) => ({
        message: `\`${name}\` is ${raw}, at or before 1970-01-01: a placeholder or garbage value.`,
        at: { part: 'payload' as const, from: member.value.span.from, to: member.value.span.to },
      }));
  },
};
