// How a decryption shows in the Report: the plaintext as the JWE's payload, and a token inside
// it as the nested token at path `jwe` (inspected with the same Key box).
import { payloadOf } from '../parse/token-parts';
import type { NestedToken } from '../parse/nested';
import type { ParsedToken } from '../parse/types';
import { encodeBase64url } from '../parse/base64url';
import type { KeyCandidate, KeyParse } from '../keys/types';
import type { DecryptionFacts } from './types';

export function decryptedView(token: ParsedToken, decryption: DecryptionFacts | undefined): ParsedToken {
  if (decryption?.status !== 'decrypted' || !decryption.plaintext) return token;
  return { ...token, payload: payloadOf(decryption.plaintext, false) };
}

export function nestedOfDecrypted(decryption: DecryptionFacts | undefined): NestedToken[] {
  return decryption?.inner ? [{ path: 'jwe', text: decryption.inner.text }] : [];
}

/** The keys the token inside is verified with: the Key box less the key that decrypted (with
 * only a decryption key, the inner signature is `no-key`, design.md "Contract decisions"). */
export function innerKeys(keys: KeyParse, decryption: DecryptionFacts | undefined): KeyParse {
  const id = decryption?.keyId;
  if (!id) return keys;
  const used = (c: KeyCandidate) =>
    id === 'secret' ? c.source === 'secret' : c.jwk?.n === id || c.jwk?.x === id || (c.kty === 'oct' && !!c.secrets?.some((s) => encodeBase64url(s.bytes) === id));
  const candidates = keys.candidates.filter((c) => !used(c));
  if (candidates.length === keys.candidates.length) return keys;
  return candidates.length ? { ...keys, candidates } : { kind: 'none', candidates: [], setIssues: [] };
}
