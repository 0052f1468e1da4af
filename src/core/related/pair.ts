// Tokens that belong together (rules-next.md M): a DPoP proof and its access token, pasted as
// the token and the Related token, in either order. The related text is a credential: nothing
// here keeps it or puts it in a message.
import { decodeBase64url } from '../parse/base64url';
import { isObject } from '../parse/token-parts';
import { typOf } from '../claims/profile';
import type { RuleContext } from '../rules/types';

type Json = Record<string, unknown>;

/** The related text as sent: surrounding whitespace and a `DPoP `/`Bearer ` scheme removed. */
export function relatedValue(text: string | undefined): string | undefined {
  const value = text?.trim().replace(/^(?:dpop|bearer)\s+/i, '').trim();
  return value ? value : undefined;
}

/** Header and payload of a compact JWS, or undefined for anything else (an opaque token). */
export function decodeCompact(text: string): { header: Json; payload: Json } | undefined {
  const parts = text.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const [header, payload] = parts.slice(0, 2).map((p) => JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(decodeBase64url(p).bytes)) as unknown);
    return isObject(header) && isObject(payload) ? { header, payload } : undefined;
  } catch {
    return undefined;
  }
}

/** rules-next.md M: `typ` dpop+jwt, or a header `jwk` with `htm` and `htu` in the payload. */
export function isDpopProof(header: Json | undefined, payload: Json | undefined): boolean {
  if (typOf(header) === 'dpop+jwt') return true;
  return isObject(header?.jwk) && payload !== undefined && Object.hasOwn(payload, 'htm') && Object.hasOwn(payload, 'htu');
}

export interface DpopPair {
  proof: { header: Json; payload: Json };
  /** The proof is the token itself (spans point into it), not the Related token. */
  proofIsToken: boolean;
  /** The access token text as sent, without a scheme prefix. */
  accessToken: string;
  /** The access token's claims when it is a JWT; undefined for an opaque token. */
  accessClaims?: Json;
}

/** The proof and its access token, when one of token and Related token is a DPoP proof. */
export function dpopPair(ctx: RuleContext): DpopPair | undefined {
  if (ctx.related === undefined) return undefined;
  if (ctx.profile.dpop && ctx.header && ctx.payload) {
    const access = decodeCompact(ctx.related);
    return { proof: { header: ctx.header, payload: ctx.payload }, proofIsToken: true, accessToken: ctx.related, ...(access ? { accessClaims: access.payload } : {}) };
  }
  const proof = decodeCompact(ctx.related);
  const accessToken = relatedValue(ctx.input);
  if (!proof || !isDpopProof(proof.header, proof.payload) || accessToken === undefined) return undefined;
  return { proof, proofIsToken: false, accessToken, ...(ctx.payload ? { accessClaims: ctx.payload } : {}) };
}
