// JWK (RFC 7517) and JWK Set reading: each key becomes a KeyCandidate built from its public
// members; private members are noted and dropped. A broken key in a set is reported, not fatal.
import type { KeyCandidate, KeyParse } from './types';
import type { KeySource } from '../report';
import { buildCandidate, isUnusable } from './candidate';
import { decodeJwkBytes } from './jwk-bytes';
import type { PublicJwk } from './spki';
import { lowerFirst } from '../text';
import { akpProblem } from './akp';

const PUBLIC_MEMBERS: Record<string, string[]> = {
  RSA: ['n', 'e'],
  EC: ['crv', 'x', 'y'],
  OKP: ['crv', 'x'],
  oct: ['k'],
  AKP: ['alg', 'pub'], // RFC 9964: the alg is part of the key
};
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'priv'];

/** One JWK object to a candidate, or a sentence saying what is wrong with it. */
export function candidateFromJwk(value: unknown, label: string, source: KeySource, notes?: string[]): KeyCandidate | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'This is JSON but not a JWK object.';
  const obj = value as Record<string, unknown>;
  const kty = obj.kty;
  if (typeof kty !== 'string') return 'This JSON has no "kty" member, so it is not a JWK.';
  const members = PUBLIC_MEMBERS[kty];
  if (!members) return `This JWK has "kty": "${kty}", which is not a signing key type (RSA, EC, OKP, AKP or oct).`;
  const jwk: PublicJwk = { kty };
  for (const name of members) {
    const v = obj[name];
    if (typeof v !== 'string') return `This ${kty} JWK has no "${name}" member (or it is not a string).`;
    if (name !== 'crv' && name !== 'alg' && !decodeJwkBytes(v)) return `The "${name}" member of this ${kty} JWK is not valid base64url.`;
    jwk[name] = v;
  }
  const keyOps = obj.key_ops;
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const kid = str(obj.kid);
  const candidate = buildCandidate({
    label: kid !== undefined ? `kid "${kid}"` : label,
    source,
    jwk,
    hadPrivate: kty !== 'oct' && PRIVATE_MEMBERS.some((m) => m in obj),
    kid,
    alg: str(obj.alg),
    use: str(obj.use),
    keyOps: Array.isArray(keyOps) ? keyOps.filter((o): o is string => typeof o === 'string') : undefined,
    notes,
  });
  // The public members were checked by buildCandidate; `priv` only can be seen here.
  const akp = kty === 'AKP' && !isUnusable(candidate) ? akpProblem(obj) : undefined;
  if (akp?.severity === 'error') candidate.problems.push({ code: 'akp-key-invalid', message: `This ${String(obj.alg)} key is malformed: ${lowerFirst(akp.message)}` });
  candidate.members = obj;
  if (kty === 'oct') candidate.secrets = [{ encoding: 'base64url', bytes: decodeJwkBytes(jwk.k) ?? new Uint8Array() }];
  return candidate;
}

export const MIXED_SET_ISSUE = 'The set mixes shared secrets with public keys, which invites algorithm-confusion forgeries.';

/**
 * A JWK Set ({"keys": [...]}), or a bare array of JWKs. A JWK Set is one issuer's published
 * keys, so set policy applies (a secret next to public keys is refused for HMAC tokens). A bare
 * array is several keys handed over together, e.g. one per signature of a JSON-serialized JWS
 * (RFC 7520 §4.8): no mixing policy there.
 */
export function parseJwkSet(keys: unknown[], isSet = true, notesOf?: (key: unknown) => string[] | undefined): KeyParse {
  const candidates: KeyCandidate[] = [];
  const setIssues: string[] = [];
  keys.forEach((value, i) => {
    const c = candidateFromJwk(value, `key #${i + 1} in the set`, 'jwks', notesOf?.(value));
    if (typeof c === 'string') setIssues.push(`Key #${i + 1} in the set was ignored: ${lowerFirst(c)}`);
    else candidates.push(c);
  });
  const kids = new Map<string, number>();
  for (const c of candidates) if (c.kid !== undefined) kids.set(c.kid, (kids.get(c.kid) ?? 0) + 1);
  for (const [kid, count] of kids) {
    if (count > 1) setIssues.push(`${count} keys in the set share kid "${kid}", so a token naming it is ambiguous.`);
  }
  if (isSet && candidates.some((c) => c.kty === 'oct') && candidates.some((c) => c.kty !== 'oct')) {
    setIssues.push(MIXED_SET_ISSUE);
  }
  const parse: KeyParse = { kind: 'jwks', candidates, setIssues };
  if (candidates.length === 0) {
    parse.error = keys.length === 0 ? 'This JWK Set has no keys.' : 'No key in this JWK Set could be read.';
  }
  return parse;
}

/** The JWK Set mixes oct keys with asymmetric ones. */
export function isMixedSet(parse: KeyParse): boolean {
  return parse.setIssues.includes(MIXED_SET_ISSUE);
}

