import type { LintRule, RuleHit } from './types';
import { keyAlone, keysForToken } from './context';

const MIN_BITS = 2048;

export const rsaKeyTooSmall: LintRule = {
  id: 'rsa-key-too-small',
  severity: 'error',
  input: 'T+K',
  keyAlone: true,
  title: 'RSA key under 2048 bits',
  explanation:
    'The RSA key you supplied has a modulus shorter than 2048 bits, the minimum RFC 7518 allows for RS* and PS*. ' +
    '1024-bit and smaller keys are within reach of factoring; anyone who factors it can sign tokens as the issuer. ' +
    'Keys that can be factored at any size (ROCA, close primes) are reported by key-rsa-factorable.',
  references: ['RFC 7518 §3.3, §3.5 (MUST ≥ 2048)', 'NIST SP 800-131A Rev. 2'],
  check(ctx) {
    if (ctx.token.kind !== 'jws' && !keyAlone(ctx)) return [];
    const hits: RuleHit[] = [];
    for (const key of keysForToken(ctx)) {
      if (key.kty !== 'RSA') continue;
      const flagged = key.problems.some((p) => p.code === 'rsa-too-small');
      if (key.bits !== undefined ? key.bits >= MIN_BITS : !flagged) continue;
      const size = key.bits !== undefined ? `${key.bits} bits` : 'smaller than 2048 bits';
      hits.push({ message: `The RSA key (${key.label}) is ${size}; at least ${MIN_BITS} bits are required.` });
    }
    return hits;
  },
};
