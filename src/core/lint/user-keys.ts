// What the section D rules ask about the user's key: which pasted keys speak for this token,
// which reading of a secret was used, and the token's HMAC signature.
import { algorithmOf, type AlgorithmInfo } from '../algorithms';
import { isHmacAlg, type HmacAlg } from '../secrets/hmac-matcher';
import type { ConcreteEncoding, JwsSignatureEntry, KeyCandidate, RuleContext } from '../types';

/** Keys the user pasted (not the token's own jwk / x5c). */
export function userKeys(ctx: RuleContext): KeyCandidate[] {
  return ctx.keys.candidates.filter((c) => c.source !== 'embedded-jwk' && c.source !== 'embedded-x5c');
}

/** The token's signed entry and its alg facts, for JWS tokens with a registered alg. */
export function signedAlg(ctx: RuleContext): { entry: JwsSignatureEntry; info: AlgorithmInfo } | undefined {
  const entry = ctx.token.kind === 'jws' ? ctx.token.signatures[0] : undefined;
  const info = entry ? algorithmOf(entry.header.alg) : undefined;
  return entry && info && info.family !== 'none' ? { entry, info } : undefined;
}

/** The first HS* signature of a JWS. */
export function hmacEntry(ctx: RuleContext): { entry: JwsSignatureEntry; alg: HmacAlg } | undefined {
  if (ctx.token.kind !== 'jws') return undefined;
  for (const entry of ctx.token.signatures) {
    const alg = entry.header.alg;
    if (isHmacAlg(alg)) return { entry, alg };
  }
  return undefined;
}

/** The pasted keys that speak for this token: the one that verified (or the one tried), else
 * those whose kid matches the token's, else, for a JWK Set without kid, those of the alg's key
 * type, else all. */
export function keysForToken(ctx: RuleContext): KeyCandidate[] {
  const keys = userKeys(ctx);
  const used = keys.find((c) => c.label === ctx.verdict.keyUsed);
  if (used) return [used];
  if (ctx.keys.kind !== 'jwks') return keys;
  const kid = ctx.header?.kid;
  if (typeof kid === 'string') return keys.filter((c) => c.kid === kid);
  const kty = algorithmOf(ctx.header?.alg)?.kty;
  return kty ? keys.filter((c) => c.kty === kty) : keys;
}

/** The pasted shared secrets that speak for an HMAC token. */
export function secretKeys(ctx: RuleContext): KeyCandidate[] {
  return hmacEntry(ctx) ? keysForToken(ctx).filter((c) => c.kty === 'oct') : [];
}

export interface SecretReading {
  encoding: ConcreteEncoding;
  bytes: Uint8Array;
}

/** The reading of a secret that counts: the one that verified, else the chosen encoding, else
 * the text as typed (UTF-8), else the first valid one. */
export function usedReading(ctx: RuleContext, c: KeyCandidate): SecretReading | undefined {
  const readings = c.secrets ?? [];
  const wanted = c.label === ctx.verdict.keyUsed ? ctx.verdict.encoding : undefined;
  return (
    readings.find((r) => r.encoding === wanted) ??
    readings.find((r) => r.encoding === ctx.secretEncoding) ??
    readings.find((r) => r.encoding === 'utf8') ??
    readings[0]
  );
}

/** The secret exactly as typed, when it was typed (not a JWK `k`). */
export function typedSecret(c: KeyCandidate): string | undefined {
  if (c.source !== 'secret') return undefined;
  const utf8 = [...(c.secrets ?? []), ...(c.otherReadings ?? [])].find((r) => r.encoding === 'utf8');
  return utf8 ? new TextDecoder().decode(utf8.bytes) : undefined;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "The P-256 key is…" → "the P-256 key is…", to follow a colon. */
export function afterColon(sentence: string): string {
  return /^[A-Z][a-z]/.test(sentence) ? sentence.charAt(0).toLowerCase() + sentence.slice(1) : sentence;
}
