// What trying the keys on one signature found (entry.ts), and the verdict it comes to; read by
// entry.ts and reasons.ts alike.
import type { KeyCandidate } from '../keys/types';
import type { CandidateResult, ConcreteEncoding, DistributiveOmit, SignatureVerdict } from '../report';

export type EntryVerdict = DistributiveOmit<SignatureVerdict, 'perSignature'>;

export interface Outcome {
  results: CandidateResult[];
  verified?: { candidate: KeyCandidate; encoding?: ConcreteEncoding };
  tried: KeyCandidate[];
  kid?: string;
  kidMissed: boolean;
  /** Encoding a fixed-encoding secret would have verified with. */
  otherEncoding?: ConcreteEncoding;
  /** The key that verifies the segments re-encoded as canonical base64url (not as sent). */
  reencoded?: string;
  /** A single key (not a set) whose kid is not the token's: tried anyway. */
  otherKid?: string;
}
