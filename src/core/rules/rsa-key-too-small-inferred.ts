import type { LintRule, RuleHit } from './types';
import { algorithmOf } from '../algorithms';
import { keyFor, signedEntries } from './context';

export const rsaKeyTooSmallInferred: LintRule = {
  id: 'rsa-key-too-small-inferred',
  severity: 'error',
  input: 'T',
  title: 'Signed with an RSA key under 2048 bits',
  explanation:
    'An RSA signature is exactly as long as the signing key, so the token alone shows the key size. A signature under 256 bytes means a key under 2048 bits, below current policy; 1024-bit keys are within reach of factoring.',
  references: ['RFC 7518 §3.3, §3.5', 'NIST SP 800-131A Rev. 2'],
  check(ctx) {
    const out: RuleHit[] = [];
    for (const e of signedEntries(ctx)) {
      const info = algorithmOf(e.alg);
      if ((info?.family !== 'RSA-PKCS1' && info?.family !== 'RSA-PSS') || e.raw === '') continue;
      // A 2048-bit modulus makes a 256-byte signature.
      const minBits = info.minKeyBits!;
      const bytes = e.bytes.length;
      if (bytes * 8 >= minBits) continue;
      // A known key of 2048+ bits disproves the inference; sig-length-mismatch reports the length.
      const known = keyFor(ctx, e.header, 'RSA')?.bits;
      if (known !== undefined && known >= minBits) continue;
      const cut = bytes % 64 === 0 ? '' : ', unless the signature was cut short';
      out.push({
        message: `${e.prefix}The ${String(e.alg)} signature is ${bytes} bytes, so the signer's RSA key is only ${bytes * 8} bits (${minBits} is the minimum)${cut}.`,
        at: e.sigAt,
      });
    }
    return out;
  },
};
