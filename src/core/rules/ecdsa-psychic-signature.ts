import type { LintRule } from './types';
import { ecdsaEntries } from './context';
import { allZero } from '../lint/signature-shape';

export const ecdsaPsychicSignature: LintRule = {
  id: 'ecdsa-psychic-signature',
  severity: 'error',
  input: 'T',
  title: 'ECDSA "psychic" signature (r or s is zero)',
  explanation:
    'A valid ECDSA signature never has r = 0 or s = 0. Java 15 to 18 skipped that check and accepted r = s = 0 as a valid signature for any message and any key (CVE-2022-21449), so this token is an attack probe.',
  references: ['CVE-2022-21449', 'RFC 7518 §3.4'],
  check(ctx) {
    return ecdsaEntries(ctx)
      .filter(({ entry, shape }) => allZero(entry.bytes) || shape.r === 0n || shape.s === 0n)
      .map(({ entry, shape }) => {
        const zero = shape.r === 0n && shape.s === 0n ? 'r and s are' : shape.r === 0n ? 'r is' : shape.s === 0n ? 's is' : 'every byte is';
        const form = shape.form === 'der' ? ' (DER-encoded)' : '';
        return {
          message: `${entry.prefix}In this ${String(entry.alg)} signature${form} ${zero} zero: the "psychic signature" that fooled Java into accepting any token.`,
          at: entry.sigAt,
        };
      });
  },
};
