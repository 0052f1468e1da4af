// One signature against the pasted keys: pick keys by kid (in a JWK Set; a single key is tried
// whatever its kid), then by alg/kty/curve/use/key_ops, try each usable one, and explain the
// outcome for every key in one sentence.
import { algorithmOf, closestAlgorithm, isNoneAlg, jwsAlgorithmOf, type AlgorithmInfo } from '../algorithms';
import { isMixedSet } from '../keys/jwk';
import type { KeyParse } from '../keys/types';
import type { JwsSignatureEntry, ParsedToken } from '../parse/types';
import type { ConcreteEncoding, DistributiveOmit } from '../report';
import { verifySignature } from './primitives';
import { kidMismatch, unsuitable } from './suitability';
import { failureReason, payloadNeeded, validNotes } from './reasons';
import type { EntryVerdict, Outcome } from './outcome';
import { reencodedMatch } from './reencoded';
import { encodingProblem, extensionProblem, lenientEncoding } from './token-checks';


/** `payloadGiven`: detached content was supplied, so an empty payload is not a missing one. */
export async function verifyEntry(token: ParsedToken, entry: JwsSignatureEntry, keys: KeyParse, input: Uint8Array, payloadGiven = false): Promise<EntryVerdict> {
  const alg = entry.header.alg;
  if (isNoneAlg(alg)) {
    return { status: 'unsecured', alg: alg as string, reason: `The token says "alg": "${String(alg)}", so it has no signature and can never be trusted.`, candidates: [] };
  }
  if (typeof alg !== 'string') return { status: 'unsupported', reason: 'The header has no "alg", so there is no way to know how it was signed.', candidates: [] };
  const info = algorithmOf(alg);
  if (!info) {
    if (jwsAlgorithmOf(alg)) return { status: 'unsupported', alg, reason: `"${alg}" is a registered JWS algorithm, but this tool cannot verify it yet.`, candidates: [] };
    const near = closestAlgorithm(alg);
    const hint = near?.can.verify ? ` (did you mean ${near.alg}? algorithm names are case-sensitive)` : '';
    return { status: 'unsupported', alg, reason: `"${alg}" is not a JWS signing algorithm this tool can verify${hint}.`, candidates: [] };
  }
  if (keys.candidates.length === 0 && keys.unusable) {
    return { status: 'key-mismatch', alg, reason: `${keys.error} It cannot verify ${alg}.`, candidates: [] };
  }
  if (keys.candidates.length === 0) {
    const reason = keys.kind === 'none' ? 'No key was given, so the signature was not checked.' : (keys.error ?? 'The key could not be read, so the signature was not checked.');
    return { status: 'no-key', alg, reason, candidates: [] };
  }
  const outcome = await tryKeys(keys, info, entry, input);
  if (!outcome.verified && outcome.tried.length > 0 && lenientEncoding(token, entry)) outcome.reencoded = await reencodedMatch(entry, info, outcome.tried);
  const payloadMissing = !payloadGiven && (token.payload?.detached === true || token.payload?.bytes.length === 0);
  return { alg, ...decide(token, entry, keys, info, outcome, payloadMissing) };
}


async function tryKeys(keys: KeyParse, info: AlgorithmInfo, entry: JwsSignatureEntry, input: Uint8Array): Promise<Outcome> {
  const kid = typeof entry.header.kid === 'string' ? entry.header.kid : undefined;
  const all = keys.candidates;
  // kid selects within a JWK Set; a single key is what the user chose, so it is tried anyway.
  const single = keys.kind !== 'jwks';
  const kidMissed = !single && kid !== undefined && all.some((c) => c.kid !== undefined) && !all.some((c) => c.kid === kid);
  const otherKid = single ? all.find((c) => kidMismatch(c, kid))?.kid : undefined;
  const out: Outcome = { results: [], tried: [], kidMissed, ...(kid !== undefined ? { kid } : {}), ...(otherKid !== undefined ? { otherKid } : {}) };
  for (const c of all) {
    const base = { label: c.label, ...(c.kid !== undefined ? { kid: c.kid } : {}) };
    // With no kid match at all, every key is still tried so we can say which would verify.
    const skip = kidMissed || single ? undefined : kidMismatch(c, kid);
    if (skip) {
      out.results.push({ ...base, outcome: 'skipped', why: skip });
      continue;
    }
    const why = unsuitable(c, info);
    if (why) {
      out.results.push({ ...base, outcome: 'unusable', why });
      continue;
    }
    out.tried.push(c);
    const readings = c.kty === 'oct' ? (c.secrets ?? []) : [undefined];
    let verified: ConcreteEncoding | 'yes' | undefined;
    let error: string | undefined;
    for (const reading of readings) {
      const check = await verifySignature(c, info, input, entry.signature, reading?.bytes);
      if (check.ok) verified = reading?.encoding ?? 'yes';
      error ??= check.error;
      if (verified) break;
    }
    if (verified) {
      const encoding = verified === 'yes' ? undefined : verified;
      const why = encoding ? `Verified with the secret read as ${encoding}.` : 'The signature matches this key.';
      const note = kidMismatch(c, kid) ? ` Its kid "${c.kid}" is not the token's kid "${kid}".` : '';
      out.results.push({ ...base, outcome: 'verified', why: why + note, ...(encoding ? { encoding } : {}) });
      out.verified ??= { candidate: c, ...(encoding ? { encoding } : {}) };
      continue;
    }
    for (const other of c.otherReadings ?? []) {
      if ((await verifySignature(c, info, input, entry.signature, other.bytes)).ok) out.otherEncoding ??= other.encoding;
    }
    out.results.push({ ...base, outcome: 'failed', why: error ?? 'The signature does not match this key.' });
  }
  return out;
}

function decide(token: ParsedToken, entry: JwsSignatureEntry, keys: KeyParse, info: AlgorithmInfo, o: Outcome, payloadMissing: boolean): DistributiveOmit<EntryVerdict, 'alg'> {
  const candidates = o.results;
  const v = o.verified;
  const keyUsed = v?.candidate.label ?? (o.tried.length === 1 ? o.tried[0]!.label : undefined);
  const base = { candidates, ...(keyUsed ? { keyUsed } : {}), ...(v?.encoding ? { encoding: v.encoding } : {}) };
  const notValid = extensionProblem(entry) ?? encodingProblem(token, entry);
  if (o.kidMissed) {
    const also = v ? `; ${v.candidate.label} would verify it if the kid were ignored` : '';
    return { ...base, status: 'key-mismatch', reason: `No key has kid "${o.kid}", the kid the token names${also}.` };
  }
  if (v) {
    // Two keys sharing the kid are ambiguous only when both could serve this alg (RFC 7520 4.8
    // gives an RSA and an EC key the same kid: the alg tells them apart).
    if (o.kid !== undefined && o.tried.filter((c) => c.kid === o.kid).length > 1) {
      return { ...base, status: 'key-mismatch', reason: `Several keys in the set share kid "${o.kid}", so which one signs is ambiguous; refusing to pick one.` };
    }
    if (info.family === 'HMAC' && isMixedSet(keys)) {
      return { ...base, status: 'key-mismatch', reason: 'The key set mixes shared secrets with public keys, which invites algorithm-confusion forgeries; an HMAC token is not accepted against it.' };
    }
    if (notValid) return { ...base, status: 'invalid', reason: `${notValid} (The signature itself matches ${v.candidate.label}.)` };
    const notes = validNotes(token, entry, o);
    return { ...base, keyUsed: v.candidate.label, status: 'valid', ...(notes ? { reason: notes } : {}) };
  }
  if (o.tried.length === 0) {
    const first = candidates.find((c) => c.outcome === 'unusable') ?? candidates[0];
    return { ...base, status: 'key-mismatch', reason: first?.why ?? 'No key fits this token.' };
  }
  if (!notValid && payloadMissing) return payloadNeeded(base);
  if (!notValid && o.otherKid !== undefined) {
    return { ...base, status: 'key-mismatch', reason: `The key has kid "${o.otherKid}", not the token's kid "${o.kid}", and the signature does not match it: this is probably not the signing key.` };
  }
  return { ...base, status: 'invalid', reason: notValid ?? failureReason(token, entry, info, o) };
}
