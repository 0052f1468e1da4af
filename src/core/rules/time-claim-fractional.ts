import type { LintRule } from '../types';
import { numericTimeClaims } from '../lint/time-claims';

export const timeClaimFractional: LintRule = {
  id: 'time-claim-fractional',
  severity: 'info',
  input: 'T',
  title: 'Time claim with a fractional part',
  explanation:
    'RFC 7519 allows fractional seconds in `exp`, `nbf` and `iat`, but many libraries parse them as integers and reject the token. ' +
    'Whole seconds work everywhere.',
  references: ['RFC 7519 §2'],
  check(ctx) {
    return numericTimeClaims(ctx)
      .filter(({ raw, value }) => raw.includes('.') || !Number.isInteger(value))
      .map(({ name, raw, member }) => ({
        message: `\`${name}\` is ${raw}, with a fractional part; integer-only libraries will reject it.`,
        at: { part: 'payload' as const, from: member.value.span.from, to: member.value.span.to },
      }));
  },
};
