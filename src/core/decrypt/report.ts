// How a decryption shows in the Report: the plaintext as the JWE's payload, and a token inside
// it as the nested token at path `jwe` (inspected with the same Key box).
import { payloadOf } from '../parse/token-parts';
import type { NestedToken } from '../parse/nested';
import type { ParsedToken } from '../parse/types';
import { encodeBase64url } from '../parse/base64url';
import type { KeyCandidate, KeyParse } from '../keys/types';
import { MIXED_SET_ISSUE } from '../keys/jwk';
import type { KeyReport, NestedReport, TimeVerdict } from '../report';
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
  const used = usedBy(decryption);
  if (!used) return keys;
  const candidates = keys.candidates.filter((c) => !used(c));
  if (candidates.length === keys.candidates.length) return keys;
  if (!candidates.length) return { kind: 'none', candidates: [], setIssues: [] };
  // The recipient's private key beside the signer's secret is not a mixed verification set: once
  // it is set aside, the set is mixed only if what remains still is.
  const mixed = candidates.some((c) => c.kty === 'oct') && candidates.some((c) => c.kty !== 'oct');
  const setIssues = mixed ? keys.setIssues : keys.setIssues.filter((i) => i !== MIXED_SET_ISSUE);
  return { ...keys, candidates, setIssues };
}

/** Whether a candidate of the Key box is the key that decrypted. */
function usedBy(decryption: DecryptionFacts | undefined): ((c: KeyCandidate) => boolean) | undefined {
  const id = decryption?.keyId;
  if (!id) return undefined;
  return (c) => (id === 'secret' ? c.source === 'secret' : c.jwk?.n === id || c.jwk?.x === id || (c.kty === 'oct' && !!c.secrets?.some((s) => encodeBase64url(s.bytes) === id)));
}

/** Signature-only remarks that are wrong for the key that decrypted: its private part was
 * needed, and "use": "enc" is what it is for. */
const SIGNING_REMARKS = new Set(['private-key-given', 'use-not-sig', 'key-ops-no-verify']);

/** The key report with the decrypting key marked (`decrypted`) and its signing remarks dropped. */
export function markDecryptionKey(report: KeyReport, keys: KeyParse, decryption: DecryptionFacts | undefined): KeyReport {
  const used = usedBy(decryption);
  if (!used) return report;
  const candidates = report.candidates.map((view, i) =>
    keys.candidates[i] && used(keys.candidates[i]) ? { ...view, decrypted: true as const, problems: view.problems.filter((p) => !SIGNING_REMARKS.has(p.code)) } : view,
  );
  return { ...report, candidates };
}

/** A decrypted JWE's time verdict is its inner token's (the claims are inside). */
export function decryptedTime(decryption: DecryptionFacts | undefined, nested: NestedReport[]): TimeVerdict | undefined {
  return decryption?.inner ? nested.find((n) => n.path.at(-1) === 'jwe')?.report.time : undefined;
}
