// The quick weak-secret check inspect() runs on every HS* token, before the rules: the empty
// key, the built-in list, and strings taken from the token itself (iss, aud, sub, kid and their
// host names). Synchronous and cheap (~100 HMACs); the user's big wordlists go to scan.ts.
import type { ParsedToken } from '../parse/types';
import type { KeyParse } from '../keys/types';
import type { SignatureVerdict, WeakSecretHit } from '../report';
import { candidateBudget, hmacMatcher, isHmacAlg, sameKeyMatcher, type HmacMatcher } from './hmac-matcher';
import { WELL_KNOWN_SECRETS } from './list';

/** The bytes of the secret that verified the signature (the reading the verdict names), when a
 * secret did. */
export function verifyingSecret(verdict: SignatureVerdict, keys: KeyParse): Uint8Array | undefined {
  if (verdict.status !== 'valid') return undefined;
  const candidate = keys.candidates.find((c) => c.label === verdict.keyUsed && c.secrets?.length);
  const readings = candidate?.secrets ?? [];
  return (readings.find((r) => r.encoding === verdict.encoding) ?? (readings.length === 1 ? readings[0] : undefined))?.bytes;
}

/** `source` of a hit for the empty key (and so any all-zero key up to the block size). */
export const EMPTY_KEY_SOURCE = 'empty key';
export const BUILT_IN_SOURCE = 'built-in list';

const utf8 = new TextEncoder();

export function findWeakSecret(
  token: ParsedToken,
  _header?: Record<string, unknown>,
  payload?: Record<string, unknown>,
  verifiedWith?: Uint8Array,
): WeakSecretHit | undefined {
  if (token.kind !== 'jws') return undefined;
  // The secret that verified the one signature is the only key that can reproduce it: compare
  // the guesses with it instead of computing an HMAC of the whole token for each.
  const known = token.signatures.length === 1 ? verifiedWith : undefined;
  for (const entry of token.signatures) {
    const alg = entry.header.alg;
    if (!isHmacAlg(alg)) continue;
    const matcher = known ? sameKeyMatcher(alg, known) : hmacMatcher(alg, entry.signingInput, entry.signature);
    if (!matcher) continue;
    const hit = tryCandidates(matcher, entry.signingInput, entry.header, payload);
    if (hit) return { ...hit, alg };
  }
  return undefined;
}

function tryCandidates(
  matcher: HmacMatcher,
  message: Uint8Array,
  header: Record<string, unknown>,
  payload: Record<string, unknown> | undefined,
): Omit<WeakSecretHit, 'alg'> | undefined {
  if (matcher.matches(new Uint8Array(0))) return { secret: 'the empty key', source: EMPTY_KEY_SOURCE };
  // Most likely first; a huge token gets fewer guesses (see candidateBudget).
  const candidates = [
    ...WELL_KNOWN_SECRETS.map((secret) => ({ secret, source: BUILT_IN_SOURCE })),
    ...tokenStrings(header, payload),
  ].slice(0, candidateBudget(message.length));
  return candidates.find(({ secret }) => matcher.matches(utf8.encode(secret)));
}

const MAX_STRING = 1024;

/** Secrets people derive from the token's own identity strings, with where each came from. */
export function tokenStrings(
  header: Record<string, unknown>,
  payload: Record<string, unknown> | undefined,
): { secret: string; source: string }[] {
  const found = new Map<string, string>();
  const add = (value: unknown, source: string) => {
    if (typeof value !== 'string' || value === '' || value.length > MAX_STRING) return;
    for (const v of [value, ...hostVariants(value)]) if (!found.has(v)) found.set(v, source);
  };
  add(header.kid, 'token header kid');
  for (const name of ['iss', 'aud', 'sub', 'azp', 'client_id']) {
    const value = payload?.[name];
    for (const v of Array.isArray(value) ? value.slice(0, 20) : [value]) add(v, `token claim ${name}`);
  }
  return [...found].map(([secret, source]) => ({ secret, source }));
}

/** `https://auth.acme.io/x` → auth.acme.io, acme.io, acme. */
function hostVariants(value: string): string[] {
  const host = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/:?#]+)/i.exec(value)?.[1]?.toLowerCase();
  if (!host) return [];
  const labels = host.split('.');
  const out = [host];
  if (labels.length > 2) out.push(labels.slice(-2).join('.'));
  if (labels.length >= 2) out.push(labels[labels.length - 2]!);
  return out;
}
