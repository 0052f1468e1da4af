// Media-type values of `typ` and `cty`: compared case-insensitively, `application/` optional
// (RFC 7515 §4.1.9).
import type { RuleContext } from '../rules/types';

/** `Application/AT+JWT` → `at+jwt`; undefined when the value is not a string. */
export function mediaType(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const lower = value.trim().toLowerCase();
  return lower.startsWith('application/') ? lower.slice('application/'.length) : lower;
}

/** The header's `typ`, normalised. */
export function headerTyp(ctx: RuleContext): string | undefined {
  return mediaType(ctx.header?.typ);
}

/** A token whose header and payload can be linted as a signed (or unsecured) JWT. */
export function isJwsLike(ctx: RuleContext): boolean {
  return ctx.token.kind === 'jws' || ctx.token.kind === 'unsecured';
}
