// The claims' verdict on time (separate from the signature verdict): valid, expired,
// not yet valid, no expiry, or unknown. The clock is the caller's `now`.
import type { TimeVerdict } from '../report';

/** The value of a NumericDate claim when it is a finite JSON number, else undefined (a string
 * or boolean `exp` is `claim-type-invalid`'s business, not a time). */
export function numericClaim(payload: Record<string, unknown> | undefined, name: string): number | undefined {
  const v = payload?.[name];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** The token is past `exp` + leeway. */
export function isExpired(exp: number | undefined, now: number, leeway: number): boolean {
  return exp !== undefined && now > exp + leeway;
}

/** The leeway to use: a finite number of seconds, never negative (a negative leeway would call a
 * token expired before its `exp`, and NaN would make it never expire); `fallback` when there is
 * no usable number. */
export function usableLeeway(leeway: number | undefined, fallback: number): number {
  if (leeway === undefined || !Number.isFinite(leeway)) return fallback;
  return Math.max(0, leeway);
}

export function timeVerdict(payload: Record<string, unknown> | undefined, now: number, leeway: number): TimeVerdict {
  if (!payload) return { status: 'unknown', now, leeway };
  const exp = numericClaim(payload, 'exp');
  const nbf = numericClaim(payload, 'nbf');
  const verdict: TimeVerdict = { status: 'valid', now, leeway };
  if (exp !== undefined) verdict.expiresIn = exp - now;
  if (nbf !== undefined && nbf > now) verdict.validIn = nbf - now;
  if (isExpired(exp, now, leeway)) verdict.status = 'expired';
  else if (nbf !== undefined && nbf > now + leeway) verdict.status = 'not-yet-valid';
  else {
    if (exp === undefined) verdict.status = 'no-expiry';
    // Accepted, but only because of the leeway: past `exp`, or before `nbf`.
    if (exp !== undefined && now > exp) verdict.withinLeeway = 'exp';
    else if (nbf !== undefined && nbf > now) verdict.withinLeeway = 'nbf';
  }
  return verdict;
}
