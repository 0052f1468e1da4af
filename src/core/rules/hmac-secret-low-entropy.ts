import type { LintRule, RuleHit } from '../types';
import { secretKeys, typedSecret, usedReading } from '../lint/user-keys';
import { estimateEntropyBits } from '../secrets/entropy';

const MIN_BITS = 128;

export const hmacSecretLowEntropy: LintRule = {
  id: 'hmac-secret-low-entropy',
  severity: 'warning',
  title: 'Guessable HMAC secret',
  explanation:
    'The secret reads like something a person chose (words, a name and a year, a keyboard run, or too few random characters), worth fewer than 128 bits of guessing. ' +
    'An HMAC token lets attackers test guesses offline at billions per second; use at least 32 random bytes instead of a password.',
  references: ['RFC 8725 §3.5', "OWASP JWT CS 'MAC' (≥160 bits of entropy)"],
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const key of secretKeys(ctx)) {
      const text = typedSecret(key);
      // Printable text only: control characters mean binary, not a typed password.
      // eslint-disable-next-line no-control-regex
      if (text === undefined || text === '' || /[\x00-\x08\x0e-\x1f\x7f]/.test(text)) continue;
      const reading = usedReading(ctx, key);
      // A decoded secret can hold no more entropy than its bytes.
      const cap = reading && reading.encoding !== 'utf8' ? reading.bytes.length * 8 : Infinity;
      const bits = Math.min(estimateEntropyBits(text), cap);
      if (bits >= MIN_BITS) continue;
      hits.push({
        message: `The secret looks guessable: about ${Math.round(bits)} bits of entropy, below the ${MIN_BITS} an HMAC key needs.`,
      });
    }
    return hits;
  },
};
