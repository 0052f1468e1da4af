// What the section D rules ask about the user's key: which pasted keys speak for this token (the
// one picker: keysForToken, and keyFor for one key type), and which reading of a secret was used.
import { algorithmOf } from '../../algorithms';
import type { KeyCandidate, SecretReading } from '../../keys/types';
import type { RuleContext } from '../types';
import { hmacEntry } from './entries';

/** Keys the user pasted (not the token's own jwk / x5c). */
export function userKeys(ctx: RuleContext): KeyCandidate[] {
  return ctx.keys.candidates.filter((c) => c.source !== 'embedded-jwk' && c.source !== 'embedded-x5c');
}

/** The pasted keys that speak for this token: the one that verified (or the one tried), else
 * those whose kid matches the token's, else, for a JWK Set without kid, those of the alg's key
 * type, else all. */
export function keysForToken(ctx: RuleContext, header: Record<string, unknown> | undefined = ctx.header): KeyCandidate[] {
  const keys = userKeys(ctx);
  const used = keys.find((c) => c.label === ctx.verdict.keyUsed);
  if (used) return [used];
  if (ctx.keys.kind !== 'jwks') return keys;
  const kid = header?.kid;
  if (typeof kid === 'string') return keys.filter((c) => c.kid === kid);
  const kty = algorithmOf(header?.alg)?.kty;
  return kty ? keys.filter((c) => c.kty === kty) : keys;
}

/** The pasted shared secrets that speak for an HMAC token. */
export function secretKeys(ctx: RuleContext): KeyCandidate[] {
  return hmacEntry(ctx) ? keysForToken(ctx).filter((c) => c.kty === 'oct') : [];
}

export type { SecretReading };

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

/** The one pasted key of type `kty` that speaks for a signature with this header, when there is
 * exactly one (see keysForToken). */
export function keyFor(ctx: RuleContext, header: Record<string, unknown>, kty: KeyCandidate['kty']): KeyCandidate | undefined {
  const keys = keysForToken(ctx, header).filter((c) => c.kty === kty);
  return keys.length === 1 ? keys[0] : undefined;
}

/** The Token box is empty and a key was given: the key is linted alone (rules-next O); only
 * rules marked `keyAlone` run. */
export function keyAlone(ctx: Pick<RuleContext, 'input' | 'keyText'>): boolean {
  return !ctx.input?.trim() && !!ctx.keyText?.trim();
}

/** The members of a pasted JWK (or of a key in a pasted set), exactly as pasted. */
export function pastedJwk(c: KeyCandidate): Readonly<Record<string, unknown>> | undefined {
  return c.source === 'jwk' || c.source === 'jwks' ? c.members : undefined;
}
