import type { LintRule } from './types';
import { ecdsaEntries } from './context';

export const ecdsaHighS: LintRule = {
  id: 'ecdsa-high-s',
  severity: 'info',
  input: 'T',
  title: 'ECDSA signature with a high s',
  explanation:
    'For any valid ECDSA signature (r, s), the pair (r, n - s) is valid too, so one token has two valid string forms. Deny-lists and replay caches keyed on the token text or its hash can be bypassed with the other form; signers that always emit the low s avoid the ambiguity.',
  references: [
    "OWASP JWT CS 'JWT denylist'",
    "gabriel.urdhr.fr 2026-06-27 'Malleability of ECDSA (and DSA) signatures, JWTs'",
  ],
  check(ctx) {
    return ecdsaEntries(ctx)
      .filter(({ shape: { s, n } }) => s !== undefined && s > n / 2n && s < n)
      .map(({ entry }) => ({
        message: `${entry.prefix}The ${String(entry.alg)} signature's s is in the upper half of the curve order, so a second, equally valid signature exists for this token.`,
        at: entry.sigAt,
      }));
  },
};
