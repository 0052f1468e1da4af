// Can this key serve this alg at all? Each answer is a short sentence for CandidateResult.why;
// a key that cannot serve the alg makes the verdict 'key-mismatch', never 'invalid' or 'valid'.
import type { AlgorithmInfo } from '../algorithms';
import { isUnusable } from '../keys/candidate';
import type { KeyCandidate } from '../keys/types';

const KTY_NAME: Record<string, string> = { RSA: 'RSA', EC: 'EC', OKP: 'EdDSA (OKP)', oct: 'shared-secret', AKP: 'ML-DSA (AKP)' };

/** 'An' before a vowel sound: "an EC key", "an RSA key" (said "ar-es-ay"). */
function article(word: string): string {
  return /^(?:[AEIOU]|RSA)/.test(word) ? 'An' : 'A';
}

/** Why `c` cannot verify `info.alg`, or undefined when it can. */
export function unsuitable(c: KeyCandidate, info: AlgorithmInfo): string | undefined {
  const alg = info.alg;
  if (info.family === 'HMAC' && c.kty !== 'oct') {
    return `${article(KTY_NAME[c.kty]!)} ${KTY_NAME[c.kty]} public key cannot verify ${alg}; ${alg} needs the shared secret (using a public key as the secret is the algorithm-confusion attack).`;
  }
  if (info.asymmetric && c.kty === 'oct') {
    return `A shared secret cannot verify ${alg}; it needs the signer's ${KTY_NAME[info.kty!]} public key.`;
  }
  if (c.kty !== info.kty) {
    return `${article(KTY_NAME[c.kty]!)} ${KTY_NAME[c.kty]} key cannot verify ${alg}, which needs ${article(KTY_NAME[info.kty!]!).toLowerCase()} ${KTY_NAME[info.kty!]} key.`;
  }
  if (info.curves && !info.curves.includes(c.crv as never)) {
    return `A ${c.crv ?? 'curve-less'} key cannot verify ${alg}, which needs ${info.curves.join(' or ')}.`;
  }
  if (c.alg !== undefined && c.alg !== alg) {
    return `The key is marked for ${c.alg || 'an empty alg'} but the token uses ${alg}.`;
  }
  const problem =
    isUnusable(c) ?? c.problems.find((p) => p.code === 'use-not-sig' || p.code === 'key-ops-no-verify');
  return problem?.message;
}

/** Why a kid-bearing key was passed over, or undefined when its kid fits. */
export function kidMismatch(c: KeyCandidate, tokenKid: string | undefined): string | undefined {
  if (tokenKid === undefined || c.kid === undefined || c.kid === tokenKid) return undefined;
  return `kid "${c.kid}" ≠ token kid "${tokenKid}".`;
}
