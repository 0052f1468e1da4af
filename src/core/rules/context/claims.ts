// Small helpers shared by the time and identity claim rules (sections G and H of rules.md).
import type { Severity, Span, TokenProfile } from '../../report';
import type { RuleContext, RuleHit } from '../types';
import { hitAt, memberAt, payloadStartAt } from './spans';
import { numericClaim } from '../../claims/time';

/** The payload when it is a JSON object and `name` is absent from it, else undefined. */
export function payloadLacking(ctx: RuleContext, name: string): Record<string, unknown> | undefined {
  const payload = ctx.payload;
  return payload && !Object.hasOwn(payload, name) ? payload : undefined;
}

/** One finding for an absent claim, pointing at the payload's opening brace. */
export function missingClaimHit(ctx: RuleContext, name: string, message: string, severity?: Severity): RuleHit[] {
  return payloadLacking(ctx, name) ? [hitAt(message, payloadStartAt(ctx), severity)] : [];
}

/** A time claim's number and the span of its member, when it is a finite JSON number. */
export function timeClaim(ctx: RuleContext, name: string): { value: number; at?: Span } | undefined {
  const value = numericClaim(ctx.payload, name);
  if (value === undefined) return undefined;
  const at = memberAt(ctx, 'payload', name);
  return at ? { value, at } : { value };
}

/** The kind of token that must carry the registered claims (RFC 9068 §2.2, OIDC Core §2), in
 * words for messages, or undefined for a generic JWT. */
export function strictKind(profile: TokenProfile): string | undefined {
  if (profile.atJwt) return 'an RFC 9068 access token';
  if (profile.idToken) return 'an OpenID Connect ID token';
  return undefined;
}
