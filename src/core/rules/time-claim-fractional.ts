import type { LintRule } from './types';
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
    // A whole number in exponent form (1.30081938e+09) has no fraction: number-precision-loss
    // speaks about the exponent. A plain decimal point (1767225600.0) still trips integer parsers.
    return numericTimeClaims(ctx)
      .filter(({ raw, value }) => !Number.isInteger(value) || (raw.includes('.') && !/[eE]/.test(raw)))
      .map(({ name, raw, value, member }) => ({
        message: Number.isInteger(value)
          ? `\`${name}\` is ${raw}, a whole number written with a decimal point; integer-only libraries will reject it.`
          : `\`${name}\` is ${raw}, with a fractional part; integer-only libraries will reject it.`,
        at: { part: 'payload' as const, from: member.value.span.from, to: member.value.span.to },
      }));
  },
};
