// The sentences of a signature verdict that take more than a line to decide: what a valid
// verdict must still say, why a signature failed, and the detached-payload case.
import type { AlgorithmInfo } from '../algorithms';
import type { JwsSignatureEntry, ParsedToken } from '../parse/types';
import type { DistributiveOmit } from '../report';
import type { EntryVerdict, Outcome } from './outcome';
import { lenientEncoding, lengthProblem } from './token-checks';

/** What a valid verdict must still say: a kid that differs, an encoding strict libraries refuse. */
export function validNotes(token: ParsedToken, entry: JwsSignatureEntry, o: Outcome): string | undefined {
  const lenient = lenientEncoding(token, entry);
  const notes = [
    o.otherKid !== undefined && `The signature matches, although the key's kid "${o.otherKid}" is not the token's kid "${o.kid}".`,
    lenient && `The signature matches the token exactly as sent, but ${lenient}: strict libraries, which accept only RFC 7515's base64url without padding, reject this encoding.`,
  ];
  return notes.filter(Boolean).join(' ') || undefined;
}

/** An empty (detached, RFC 7515 App. F) payload and none supplied: the signature covers content
 * that is not here, so it was not checked; 'no-key' is the status for "nothing to check with". */
export function payloadNeeded(base: Pick<EntryVerdict, 'candidates' | 'keyUsed' | 'encoding'>): DistributiveOmit<EntryVerdict, 'alg'> {
  const why = 'Not checked: the signed payload is detached and was not supplied.';
  const candidates = base.candidates.map((c) => (c.outcome === 'failed' ? { ...c, outcome: 'skipped' as const, why } : c));
  const reason = 'The token carries no payload (detached content), so the signature cannot be checked until you supply the payload it was signed over.';
  return { ...base, candidates, status: 'no-key', reason };
}

export function failureReason(token: ParsedToken, entry: JwsSignatureEntry, info: AlgorithmInfo, o: Outcome): string {
  if (o.reencoded) {
    return `${capitalise(lenientEncoding(token, entry)!)}; the signature matches the same segments in plain base64url, not as sent, so the token was re-encoded after signing.`;
  }
  if (o.otherEncoding) {
    const used = o.tried[0]?.secrets?.[0]?.encoding ?? 'utf8';
    return `The signature does not match the secret read as ${used}; it does verify if read as ${o.otherEncoding}.`;
  }
  const length = lengthProblem(info, entry.signature, o.tried[0]);
  if (length) return length;
  if (token.payload?.detached) return 'The signature does not match the payload you supplied: it is not the content that was signed, or the key is wrong.';
  if (o.tried.length > 1) return `The signature matches none of the ${o.tried.length} keys that could verify ${info.alg}.`;
  if (info.family === 'HMAC') return 'The signature does not match this secret: the token was signed with a different secret or changed after signing.';
  return 'The signature does not match this key: the token was signed with a different key or changed after signing.';
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
