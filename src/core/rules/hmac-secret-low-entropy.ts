import type { LintRule, RuleHit } from './types';
import { plural, secretKeys, typedSecret, usedReading, type SecretReading } from './context';
import { entropyEstimate, WELL_KNOWN_COUNT, type EntropyEstimate } from '../secrets/entropy';

const MIN_BITS = 128;

export const hmacSecretLowEntropy: LintRule = {
  id: 'hmac-secret-low-entropy',
  severity: 'warning',
  input: 'T+K',
  title: 'Guessable HMAC secret',
  explanation:
    'The secret reads like something a person chose (words, a name and a year, a keyboard run, too few random characters, or a well-known example or default), worth fewer than 128 bits of guessing. ' +
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
      const estimate = entropyEstimate(text);
      // A decoded secret can hold no more entropy than its bytes.
      const decoded = reading && reading.encoding !== 'utf8' && reading.bytes.length * 8 < estimate.bits ? reading : undefined;
      const bits = decoded ? decoded.bytes.length * 8 : estimate.bits;
      if (bits >= MIN_BITS) continue;
      hits.push({ message: decoded ? decodedMessage(decoded) : estimateMessage(estimate) });
    }
    return hits;
  },
};

/** What the figure measures, said with it: for a secret on the list of well-known ones it is a
 * number of guesses, not a property of the text (jwt.io's 38-character example is one guess). */
function estimateMessage(e: EntropyEstimate): string {
  if (e.basis === 'well-known' && e.exact) {
    return `The secret is on a list of ${WELL_KNOWN_COUNT} well-known secrets (examples, defaults, common passwords) that attackers try first, so it is found within ${WELL_KNOWN_COUNT} guesses (about ${Math.round(e.bits)} bits), far below the ${MIN_BITS} bits an HMAC key needs.`;
  }
  if (e.basis === 'well-known') {
    return `The secret is a well-known secret (an example, a default or a common password) with its capitals changed, a variant attackers try early: far below the ${MIN_BITS} bits an HMAC key needs.`;
  }
  return `The secret looks guessable: about ${Math.round(e.bits)} bits, by a rough estimate from its length, the kinds of characters in it and its words, years and keyboard runs; an HMAC key needs ${MIN_BITS}.`;
}

function decodedMessage(reading: SecretReading): string {
  const n = reading.bytes.length;
  return `Read as ${reading.encoding}, the secret is only ${plural(n, 'byte')}, so it holds at most ${n * 8} bits, below the ${MIN_BITS} an HMAC key needs.`;
}
