import type { LintRule, RuleHit } from './types';
import { keyAlone, keysForToken } from './context';

export const rsaPublicExponentWeak: LintRule = {
  id: 'rsa-public-exponent-weak',
  severity: 'error',
  input: 'T+K',
  keyAlone: true,
  title: 'Weak RSA public exponent',
  explanation:
    'An RSA public exponent of 1 makes every "signature" equal to the message, and an even exponent is not a valid RSA key: both are forgeable (error). ' +
    'Small odd exponents such as 3 let attackers forge signatures against verifiers that check PKCS#1 v1.5 padding loosely (Bleichenbacher 2006); 65537 is the standard (warning).',
  references: ['RFC 8017 §3.1', 'FIPS 186-5 §5.4'],
  check(ctx) {
    if (ctx.token.kind !== 'jws' && !keyAlone(ctx)) return [];
    const hits: RuleHit[] = [];
    for (const key of keysForToken(ctx)) {
      if (key.kty !== 'RSA' || key.exponent === undefined || !/^\d+$/.test(key.exponent)) continue;
      const e = BigInt(key.exponent);
      if (e <= 1n || e % 2n === 0n) {
        hits.push({ message: `The RSA key (${key.label}) has public exponent ${e}, which makes signatures forgeable.` });
      } else if (e < 65537n) {
        hits.push({
          message: `The RSA key (${key.label}) has public exponent ${e}; below 65537 it invites forged signatures against lax verifiers.`,
          severity: 'warning',
        });
      }
    }
    return hits;
  },
};
