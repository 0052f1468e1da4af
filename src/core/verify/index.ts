// Signature verdicts. verifyToken checks every signature of the token against the pasted keys;
// verifyEmbedded checks it against the token's own `jwk` or `x5c` leaf (rule self-verified-only).
//
// JSON serialization with several signatures (RFC 7515 §7.2.1): each one is verified on its own
// (perSignature). The JWS validates when at least one signature does (§7.2): the top-level status
// is 'valid' when one verifies with the given keys and none is 'invalid' (a usable key that
// fails); 'invalid' when any is; otherwise the first signature's status that is not valid. Its
// reason names which signature it is about.
import { encodeBase64url } from '../parse/base64url';
import { buildCandidate } from '../keys/candidate';
import { candidateFromJwk } from '../keys/jwk';
import { jwkFromSpki } from '../keys/spki';
import { readCertificate } from '../keys/x509';
import { decodeStdBase64 } from '../crypto/pem';
import type { KeyParse } from '../keys/types';
import type { JwsSignatureEntry, ParsedToken } from '../parse/types';
import type { PerSignatureVerdict, SignatureVerdict } from '../report';
import { verifyEntry } from './entry';
import type { EntryVerdict } from './outcome';
import { listed } from './token-checks';

export interface VerifyOptions {
  /** Detached content (RFC 7515 App. F) as the UTF-8 payload text, used when the token has none. */
  detachedPayload?: string;
}

export async function verifyToken(token: ParsedToken, keys: KeyParse, options: VerifyOptions = {}): Promise<SignatureVerdict> {
  try {
    if (token.kind === 'malformed') {
      return { status: 'malformed', reason: token.malformedReason ?? 'This is not a token that can be parsed.', candidates: [] };
    }
    if (token.kind === 'jwe') {
      return { status: 'encrypted', reason: 'This is an encrypted token (JWE); its contents and signature cannot be checked here.', candidates: [] };
    }
    if (token.signatures.length === 0) return { status: 'malformed', reason: 'The token has no signature entry.', candidates: [] };
    const verdicts: EntryVerdict[] = [];
    const payloadGiven = !!options.detachedPayload;
    for (const entry of token.signatures) verdicts.push(await verifyEntry(token, entry, keys, signingInput(token, entry, options), payloadGiven));
    return combine(verdicts, token.signatures);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { status: 'unsupported', reason: `Verification failed unexpectedly (${detail}).`, candidates: [] };
  }
}

/** The parser's signing input, or one built with the supplied detached payload. */
function signingInput(token: ParsedToken, entry: JwsSignatureEntry, options: VerifyOptions): Uint8Array {
  const detached = options.detachedPayload;
  if (detached === undefined || (token.payload && !token.payload.detached && token.payload.bytes.length > 0)) return entry.signingInput;
  const payload = entry.header.b64 === false ? detached : encodeBase64url(new TextEncoder().encode(detached));
  return new TextEncoder().encode(`${entry.protectedRaw}.${payload}`);
}

function combine(verdicts: EntryVerdict[], entries: JwsSignatureEntry[]): SignatureVerdict {
  if (verdicts.length === 1) return verdicts[0]!;
  const n = verdicts.length;
  const candidates = verdicts.flatMap((v) => v.candidates);
  const perSignature: PerSignatureVerdict[] = verdicts.map((v, index) => {
    const kid = entries[index]?.header.kid;
    return { ...v, index, ...(typeof kid === 'string' ? { kid } : {}) };
  });
  const valid = verdicts.filter((v) => v.status === 'valid');
  const failing = verdicts.findIndex((v) => v.status === 'invalid');
  if (valid.length > 0 && failing < 0) {
    const keyUsed = valid.map((v) => v.keyUsed).filter(Boolean).join(', ');
    const numbers = (ok: boolean) => perSignature.filter((v) => (v.status === 'valid') === ok).map((v) => v.index + 1);
    const [good, others] = [numbers(true), numbers(false)];
    const reason = others.length
      ? `Signature${good.length > 1 ? `s ${listed(good)} verify` : ` ${good[0]} verifies`}, which is enough (RFC 7515 §7.2); ${others.length > 1 ? 'signatures' : 'signature'} ${listed(others)} could not be checked with the keys given.`
      : undefined;
    return { status: 'valid', alg: valid.map((v) => v.alg).join(', '), keyUsed, candidates, perSignature, ...(reason ? { reason } : {}) };
  }
  const shown = failing >= 0 ? failing : verdicts.findIndex((v) => v.status !== 'valid');
  const bad = verdicts[shown]!;
  return { ...bad, reason: `Signature ${shown + 1} of ${n}: ${bad.reason ?? bad.status}`, candidates, perSignature };
}

/** Verification against the token's own embedded key (header jwk, or x5c leaf), if any. */
export async function verifyEmbedded(token: ParsedToken): Promise<SignatureVerdict | undefined> {
  try {
    const entry = token.kind === 'jws' ? token.signatures[0] : undefined;
    if (!entry) return undefined;
    const keys = embeddedKeys(entry.header);
    if (!keys) return undefined;
    return verifyEntry(token, entry, keys, entry.signingInput);
  } catch {
    return undefined;
  }
}

function embeddedKeys(header: Record<string, unknown>): KeyParse | undefined {
  if (header.jwk !== undefined) {
    const c = candidateFromJwk(header.jwk, 'the token\'s own "jwk"', 'embedded-jwk');
    if (typeof c === 'string') return { kind: 'embedded-jwk', candidates: [], setIssues: [], error: c };
    return { kind: 'embedded-jwk', candidates: [{ ...c, kid: undefined, label: 'the token\'s own "jwk"' }], setIssues: [] };
  }
  const x5c = header.x5c;
  if (Array.isArray(x5c) && typeof x5c[0] === 'string') {
    const der = decodeStdBase64(x5c[0]);
    const cert = readCertificate(der);
    const candidate = buildCandidate({
      label: 'the token\'s own "x5c" certificate',
      source: 'embedded-x5c',
      jwk: jwkFromSpki(cert.spki),
      spki: cert.spki,
      certificate: der,
      notBefore: cert.notBefore,
      notAfter: cert.notAfter,
    });
    return { kind: 'embedded-x5c', candidates: [candidate], setIssues: [] };
  }
  return undefined;
}
