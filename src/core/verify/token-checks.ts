// Facts about the token (not the key) that forbid calling a signature valid: a `crit` we do not
// implement or that is malformed, `b64` without `crit`, and segments that are not canonical
// base64url (the string is then not what the signer produced). Also: signature-length hints.
import type { AlgorithmInfo } from '../algorithms';
import type { Base64Issue, JwsSignatureEntry, KeyCandidate, ParsedToken } from '../types';

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
  padding: "ends in '=' padding, which JWS never produces, so it was re-encoded after signing",
  'std-alphabet': "uses '+' or '/' (standard base64), which JWS never produces, so it was re-encoded after signing",
  'invalid-char': 'contains a character that is not base64url, so the token was modified',
  'bad-length': 'has an impossible length, so it was cut or edited',
  'trailing-bits': 'has non-zero unused bits in its last character, so it is not what the signer produced (it was edited)',
};

/** One sentence when a header/payload/signature segment is not canonical base64url. */
export function encodingProblem(token: ParsedToken, entry: JwsSignatureEntry): string | undefined {
  const unencoded = entry.header.b64 === false;
  for (const segment of token.segments) {
    if (segment.name !== 'header' && segment.name !== 'payload' && segment.name !== 'signature') continue;
    if (segment.name === 'payload' && unencoded) continue;
    const issue = segment.issues.find((i) => ISSUE_REASON[i]);
    if (issue) return `The ${segment.name} segment ${ISSUE_REASON[issue]}.`;
  }
  return undefined;
}

/** A hint when the signature cannot have the right length for this alg (and key). */
export function lengthProblem(info: AlgorithmInfo, signature: Uint8Array, key?: KeyCandidate): string | undefined {
  const got = signature.length;
  if (got === 0) return `The signature is empty; an ${info.alg} token must carry one.`;
  if (info.family === 'ECDSA' && signature[0] === 0x30 && got !== info.signatureLength && got >= 8 && got <= 141) {
    return `The signature is ${got} bytes and looks DER-encoded; JWS needs the ${info.signatureLength}-byte R||S form.`;
  }
  let expected = info.signatureLength;
  if (info.family === 'EdDSA' && key?.crv) expected = key.crv === 'Ed448' ? 114 : 64;
  if ((info.family === 'RSA-PKCS1' || info.family === 'RSA-PSS') && key?.bits) expected = Math.ceil(key.bits / 8);
  if (expected !== undefined && got !== expected) {
    const keyPart = info.family.startsWith('RSA') ? ` with this ${key?.bits}-bit key` : '';
    return `The signature is ${got} bytes but ${info.alg}${keyPart} makes ${expected}-byte signatures, so it was truncated, padded or is not ${info.alg}.`;
  }
  return undefined;
}
