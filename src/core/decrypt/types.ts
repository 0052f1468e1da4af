// What decrypting a JWE found (internal to the core): the Report's `decryption` plus the facts
// the section N rules read. Made by ./index (decryptToken), kept on the rule context.
import type { DecryptionStatus } from '../report';

export interface ZipFacts {
  /** (a) inflating went past the cap; (b) the content is not raw DEFLATE. */
  problem?: 'limit' | 'invalid';
  /** Bytes of the compressed plaintext (the ciphertext's length, less CBC padding). */
  compressed: number;
  /** Bytes after inflating, when it finished. */
  inflated?: number;
  cap: number;
}

export interface DecryptionFacts {
  status: DecryptionStatus;
  alg: string;
  enc: string;
  reason?: string;
  /** Why the app did not try (jwe-decrypt-skipped), when status is unsupported or refused. */
  skipped?: string;
  /** The key that decrypted (its label), when decrypted. */
  keyUsed?: string;
  /** That key's identifying member (RSA `n`, EC/OKP `x`, oct bytes as base64url), or 'secret'
   * for the Key box text read as a secret: it is not used again for the signature inside. */
  keyId?: string;
  /** The plaintext, when decrypted. */
  plaintext?: Uint8Array;
  /** The plaintext is a compact JWS or JWE: its text, header and payload JSON (when readable). */
  inner?: { text: string; kind: 'jws' | 'jwe'; header?: Record<string, unknown>; payload?: unknown };
  /** The decrypted claims: the plaintext's JSON, or the inner token's payload. */
  claims?: unknown;
  zip?: ZipFacts;
}
