// The background check of an HS* token against the secrets everyone has: the pattern candidates
// (patterns.ts) and the public list of JWT secrets that the app ships (wallarm/jwt-secrets, MIT,
// src/assets/wordlists/). It runs where the list is loaded (a scan worker), split in `parts` that
// run side by side; a hit becomes the report's weakSecret (InspectInput.weakSecret), so the
// `hmac-secret-weak` finding and the verdict say that anyone can sign such tokens.
import type { ParsedToken } from '../parse/types';
import type { WeakSecretHit } from '../report';
import { countLines } from './chunks';
import { hmacMatcher, isHmacAlg } from './hmac-matcher';
import { patternCandidates } from './patterns';
import { createSecretScan, scanTarget } from './scan';

/** The shipped list's name, as a hit's source names it. */
export const PUBLIC_LIST_NAME = 'public list jwt.secrets.list';

const utf8 = new TextEncoder();

/** Part `part` of `parts` of a list, cut at line starts, with the 1-based number of its first
 * line. Every line is in exactly one part. */
export function listPart(list: Uint8Array, part: number, parts: number): { bytes: Uint8Array; firstLine: number } {
  const cut = (i: number): number => {
    if (i <= 0) return 0;
    if (i >= parts) return list.length;
    const at = list.indexOf(0x0a, Math.floor((list.length * i) / parts) - 1);
    return at === -1 ? list.length : at + 1;
  };
  const from = cut(part);
  const to = Math.max(from, cut(part + 1));
  return { bytes: list.subarray(from, to), firstLine: countLines(list.subarray(0, from)) + 1 };
}

/** Tries the pattern candidates (part 0 only) and this part of the public list against the
 * token's HMAC. Undefined when nothing matches or the token is not HS*. */
export function findPublicSecret(token: string | ParsedToken, list: Uint8Array, part = 0, parts = 1): WeakSecretHit | undefined {
  const t = scanTarget(token);
  if (t.kind !== 'jws') return undefined;
  if (part === 0) {
    for (const entry of t.signatures) {
      const alg = entry.header.alg;
      const matcher = isHmacAlg(alg) ? hmacMatcher(alg, entry.signingInput, entry.signature) : undefined;
      const hit = matcher && patternCandidates(t.header?.value, t.payload?.json?.value).find((c) => matcher.matches(utf8.encode(c.secret)));
      if (hit) return { ...hit, alg: alg as string };
    }
  }
  const { bytes, firstLine } = listPart(list, part, parts);
  const result = createSecretScan(t, bytes, { firstLine }).step(Infinity);
  return result?.status === 'found' && result.alg && result.secret !== undefined
    ? { secret: result.secret, source: `${PUBLIC_LIST_NAME}, line ${result.line}`, alg: result.alg }
    : undefined;
}

/** The hit when it really is the token's secret (one HMAC), so a hit kept for a token it was not
 * found on never reaches its report. */
export function confirmedHit(token: ParsedToken, hit: WeakSecretHit | undefined): WeakSecretHit | undefined {
  if (!hit || token.kind !== 'jws') return undefined;
  const key = utf8.encode(hit.secret);
  return token.signatures.some((e) => e.header.alg === hit.alg && hmacMatcher(hit.alg, e.signingInput, e.signature)?.matches(key)) ? hit : undefined;
}
