import type { LintRule, RuleHit } from './types';
import { ecdsaEntries } from './context';

export const ecdsaScalarOutOfRange: LintRule = {
  id: 'ecdsa-scalar-out-of-range',
  severity: 'error',
  input: 'T',
  title: 'ECDSA r or s not below the curve order',
  explanation:
    'ECDSA requires 0 < r < n and 0 < s < n, where n is the order of the curve. A value at or above n is never produced by a real signer; lax verifiers that reduce it mod n or skip the check can be tricked into accepting it.',
  references: ['FIPS 186-5 §6.4.2 (verify step 1)', 'RFC 7518 §3.4'],
  check(ctx) {
    const out: RuleHit[] = [];
    for (const { entry, shape } of ecdsaEntries(ctx)) {
      const big = [shape.r !== undefined && shape.r >= shape.n ? 'r' : '', shape.s !== undefined && shape.s >= shape.n ? 's' : ''].filter(Boolean);
      if (!big.length) continue;
      out.push({
        message: `${entry.prefix}In this ${String(entry.alg)} signature ${big.join(' and ')} ${big.length > 1 ? 'are' : 'is'} not below the ${shape.curve} curve order, so no honest signer made it.`,
        at: entry.sigAt,
      });
    }
    return out;
  },
};
