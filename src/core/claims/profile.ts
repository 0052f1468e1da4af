// What kind of token this seems to be. Rules use it to escalate or downgrade severities:
// an RFC 9068 access token or an OIDC ID token must carry claims a generic JWT may omit.
import type { TokenProfile } from '../types';

/** Claims that only OIDC ID tokens carry (OIDC Core §2, §3.1.3.6, §3.3.2.11). */
export const ID_TOKEN_MARKERS = ['nonce', 'at_hash', 'c_hash', 'auth_time', 'azp', 'acr', 'amr'] as const;

/** Claims that make a token look like an OAuth access token. */
export const ACCESS_TOKEN_MARKERS = ['scope', 'scp', 'client_id'] as const;

/** The `typ` media type, lower-cased, without an `application/` prefix ("at+jwt"). */
export function typOf(header: Record<string, unknown> | undefined): string | undefined {
  const typ = header?.typ;
  if (typeof typ !== 'string') return undefined;
  const t = typ.trim().toLowerCase();
  return t.startsWith('application/') ? t.slice('application/'.length) : t;
}

export function tokenProfile(header?: Record<string, unknown>, payload?: Record<string, unknown>): TokenProfile {
  const typ = typOf(header);
  const has = (name: string) => payload !== undefined && Object.hasOwn(payload, name);
  const atJwt = typ === 'at+jwt';
  return {
    accessToken: atJwt || ACCESS_TOKEN_MARKERS.some(has),
    atJwt,
    idToken: !atJwt && ID_TOKEN_MARKERS.some(has),
    dpop: typ === 'dpop+jwt',
  };
}
