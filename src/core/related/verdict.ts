// A DPoP proof carries the key it is signed with (RFC 9449 §4.2, §4.3 check 6): with no key of
// the user's, its signature is verified with that header `jwk` (rules-next.md "sig-invalid").
import type { SignatureVerdict, TokenProfile } from '../report';

export function proofVerdict(profile: TokenProfile, verdict: SignatureVerdict, embedded: SignatureVerdict | undefined): SignatureVerdict {
  if (!profile.dpop || verdict.status !== 'no-key' || !embedded) return verdict;
  if (embedded.status !== 'valid' && embedded.status !== 'invalid') return verdict;
  return embedded;
}
