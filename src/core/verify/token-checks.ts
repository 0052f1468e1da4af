// Facts about the token (not the key) that forbid calling a signature valid: a `crit` we do not
// implement or that is malformed, `b64` without `crit`, and segments that cannot be what the
// signer produced (whitespace, stray characters). Padding, '+' '/' and non-zero unused bits are
// told apart: the bytes as sent still verify, so they only qualify a valid verdict. Also: length hints.
import { curveSignatureLength, type AlgorithmInfo } from '../algorithms';
import type { KeyCandidate } from '../keys/types';
import type { Base64Issue, JwsSignatureEntry, ParsedToken } from '../parse/types';

/** Header names registered by RFC 7515/7516; `crit` must not list them (RFC 7515 §4.1.11). */
const REGISTERED = new Set(['alg', 'jku', 'jwk', 'kid', 'x5u', 'x5c', 'x5t', 'x5t#S256', 'typ', 'cty', 'crit', 'enc', 'zip']);
/** Extensions we implement. */
const UNDERSTOOD = new Set(['b64']);

/** One sentence when crit/b64 make the token unacceptable, else undefined. */
export function extensionProblem(entry: JwsSignatureEntry): string | undefined {
  const protectedHeader = (entry.protected?.value ?? {}) as Record<string, unknown>;
  const unprotected = entry.unprotected ?? {};
  if ('crit' in unprotected) return 'The "crit" header is not integrity-protected, which RFC 7515 forbids, so the token is rejected.';
  if ('b64' in unprotected) return 'The "b64" header is not integrity-protected, which RFC 7797 forbids, so the token is rejected.';
  const crit = protectedHeader.crit;
  if (crit !== undefined) {
    if (!Array.isArray(crit) || crit.length === 0 || !crit.every((c) => typeof c === 'string')) {
      return 'The "crit" header must be a non-empty list of names; this one is malformed, so the token is rejected.';
    }
    for (const name of crit as string[]) {
      if (REGISTERED.has(name)) return `The "crit" header lists "${name}", a standard header that must not be there, so the token is rejected.`;
      if (!(name in protectedHeader)) return `The "crit" header lists "${name}" but the header has no such member, so the token is rejected.`;
      if (!UNDERSTOOD.has(name)) {
        return `The token requires the extension "${name}" (listed in "crit"), which this tool does not implement, so it cannot be accepted.`;
      }
    }
  }
  if ('b64' in protectedHeader) {
    if (typeof protectedHeader.b64 !== 'boolean') return 'The "b64" header must be true or false; this one is not, so the token is rejected.';
    if (!Array.isArray(crit) || !crit.includes('b64')) {
      return 'The header sets "b64" without listing it in "crit" (RFC 7797 requires both), so verifiers disagree on what was signed.';
    }
  }
  return undefined;
}

const ISSUE_REASON: Partial<Record<Base64Issue, string>> = {
  whitespace: 'has whitespace inside it, so it is not the exact string that was signed (it was wrapped or edited)',
  'invalid-char': 'contains a character that is not base64url, so the token was modified',
  'bad-length': 'has an impossible length, so it was cut or edited',
};

/** Not base64url, yet some signers produce it (AWS ALB pads): a signature over the segments as
 * sent still holds, only strict libraries refuse the token. [one segment, several segments] */
const LENIENT: [Base64Issue, string, string][] = [
  ['padding', "ends in '=' padding", "end in '=' padding"],
  ['std-alphabet', "uses '+' or '/' (standard base64)", "use '+' or '/' (standard base64)"],
  // The unused bits change no decoded byte (RFC 4648 §3.5 lets decoders refuse them): a header
  // or payload signed as sent, or a signature whose bytes hold, still verifies.
  ['trailing-bits', 'has non-zero unused bits in its last character', 'have non-zero unused bits in their last character'],
];

/** "a", "a and b", "a, b and c". */
export function listed(items: (string | number)[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The segments this signature's check depends on: its own header and signature (a general
 * JSON serialization has several) and the payload unless it is unencoded (raw text). */
function checkedSegments(token: ParsedToken, entry: JwsSignatureEntry) {
  const unencoded = entry.header.b64 === false;
  return token.segments.filter(
    (s) =>
      (s.name === 'header' && s.raw === entry.protectedRaw) ||
      (s.name === 'signature' && s.raw === entry.signatureRaw) ||
      (s.name === 'payload' && !unencoded),
  );
}

/** One sentence when a header/payload/signature segment cannot be what the signer produced. */
export function encodingProblem(token: ParsedToken, entry: JwsSignatureEntry): string | undefined {
  for (const segment of checkedSegments(token, entry)) {
    const issue = segment.issues.find((i) => ISSUE_REASON[i]);
    if (issue) return `The ${segment.name} segment ${ISSUE_REASON[issue]}.`;
  }
  return undefined;
}

/** What is non-canonical but signer-made in the segments ("the payload and signature segments
 * end in '=' padding"), or undefined when there is none. */
export function lenientEncoding(token: ParsedToken, entry: JwsSignatureEntry): string | undefined {
  const segments = checkedSegments(token, entry);
  const parts = LENIENT.flatMap(([issue, one, several]) => {
    const names = segments.filter((s) => s.issues.includes(issue)).map((s) => s.name);
    if (names.length === 0) return [];
    return [`the ${listed(names)} ${names.length > 1 ? `segments ${several}` : `segment ${one}`}`];
  });
  return parts.length ? parts.join(' and ') : undefined;
}

/** A hint when the signature cannot have the right length for this alg (and key). */
export function lengthProblem(info: AlgorithmInfo, signature: Uint8Array, key?: KeyCandidate): string | undefined {
  const got = signature.length;
  if (got === 0) return `The signature is empty; an ${info.alg} token must carry one.`;
  if (info.family === 'ECDSA' && signature[0] === 0x30 && got !== info.signatureLength && got >= 8 && got <= 141) {
    return `The signature is ${got} bytes and looks DER-encoded; JWS needs the ${info.signatureLength}-byte R||S form.`;
  }
  let expected = info.signatureLength;
  if (info.family === 'EdDSA' && key?.crv) expected = curveSignatureLength(key.crv) ?? expected;
  if ((info.family === 'RSA-PKCS1' || info.family === 'RSA-PSS') && key?.bits) expected = Math.ceil(key.bits / 8);
  if (expected !== undefined && got !== expected) {
    const keyPart = info.family.startsWith('RSA') ? ` with this ${key?.bits}-bit key` : '';
    return `The signature is ${got} bytes but ${info.alg}${keyPart} makes ${expected}-byte signatures, so it was truncated, padded or is not ${info.alg}.`;
  }
  return undefined;
}
