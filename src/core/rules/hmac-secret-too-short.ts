import type { LintRule, RuleHit } from './types';
import { algorithmOf } from '../algorithms';
import { hmacEntry, plural, secretKeys, usedReading } from './context';

export const hmacSecretTooShort: LintRule = {
  id: 'hmac-secret-too-short',
  severity: 'error',
  input: 'T+K',
  title: 'HMAC key shorter than the hash',
  explanation:
    'RFC 7518 requires an HMAC key at least as long as the hash output: 32 bytes for HS256, 48 for HS384, 64 for HS512. ' +
    'A shorter key gives less security than the algorithm promises and is within reach of offline brute force once it is also guessable.',
  references: ['RFC 7518 §3.2 (MUST)', "OWASP JWT CS 'MAC'"],
  check(ctx) {
    const hs = hmacEntry(ctx);
    if (!hs) return [];
    const min = algorithmOf(hs.alg)!.minKeyBits! / 8;
    const hits: RuleHit[] = [];
    for (const key of secretKeys(ctx)) {
      const reading = usedReading(ctx, key);
      if (!reading || reading.bytes.length === 0 || reading.bytes.length >= min) continue;
      const as = reading.encoding === 'utf8' ? 'as text' : `read as ${reading.encoding}`;
      hits.push({
        message: `The secret is ${plural(reading.bytes.length, 'byte')} (${as}); ${hs.alg} needs at least ${min} bytes.`,
      });
    }
    return hits;
  },
};
