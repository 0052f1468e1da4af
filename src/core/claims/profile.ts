// What kind of token this seems to be. Rules use it to escalate or downgrade severities:
// an RFC 9068 access token or an OIDC ID token must carry claims a generic JWT may omit.
// Other kinds that share claims with those (a DPoP proof or a request object may carry `nonce`,
// a request object carries `client_id` and `scope`) are told apart first, so that they are not
// held to an ID token's or an access token's rules.
import type { TokenProfile } from '../report';
import { isKnownTyp } from '../rules/typ-unexpected';
import { isObject } from '../parse/token-parts';

/** Claims that only OIDC ID tokens carry (OIDC Core §2, §3.1.3.6, §3.3.2.11). */
export const ID_TOKEN_MARKERS = ['nonce', 'at_hash', 'c_hash', 'auth_time', 'azp', 'acr', 'amr'] as const;

/** Claims that make a token look like an OAuth access token. */
export const ACCESS_TOKEN_MARKERS = ['scope', 'scp', 'client_id'] as const;

/** The `events` member of an OIDC back-channel logout token (OIDC Back-Channel Logout §2.4). */
export const BACKCHANNEL_LOGOUT_EVENT = 'http://schemas.openid.net/event/backchannel-logout';

/** A kind that is neither a generic JWT nor an ID token; 'other' is any other explicit type
 * (a security event, a KB-JWT, an SD-JWT VC...). */
type Kind = 'at' | 'dpop' | 'logout' | 'request' | 'other';

const TYP_KINDS = new Map<string, Kind>([
  ['at+jwt', 'at'],
  ['dpop+jwt', 'dpop'],
  ['logout+jwt', 'logout'],
  ['oauth-authz-req+jwt', 'request'],
]);

/** The `typ` media type, lower-cased, without an `application/` prefix ("at+jwt"). */
export function typOf(header: Record<string, unknown> | undefined): string | undefined {
  const typ = header?.typ;
  if (typeof typ !== 'string') return undefined;
  const t = typ.trim().toLowerCase();
  return t.startsWith('application/') ? t.slice('application/'.length) : t;
}

/** The kind an explicit `typ` declares (RFC 8725 §3.11); undefined for `JWT`, none or an unknown one. */
function declaredKind(typ: string | undefined): Kind | undefined {
  if (typ === undefined || typ === 'jwt') return undefined;
  return TYP_KINDS.get(typ) ?? (isKnownTyp(typ) ? 'other' : undefined);
}

/** The kind the claims show when `typ` does not say, in the order of rules-next.md §M. */
function shownKind(header: Record<string, unknown> | undefined, payload: Record<string, unknown> | undefined): Kind | undefined {
  if (!payload) return undefined;
  const has = (name: string) => Object.hasOwn(payload, name);
  // RFC 9449 §4.2: the proof carries its public key, the request's method and URI.
  if (isObject(header?.jwk) && has('htm') && has('htu')) return 'dpop';
  if (isObject(payload.events) && Object.hasOwn(payload.events, BACKCHANNEL_LOGOUT_EVENT)) return 'logout';
  // RFC 9101 §4, OIDC Core §6.1: the authorization request's parameters as claims.
  if (has('response_type') && has('client_id')) return 'request';
  return undefined;
}

export function tokenProfile(header?: Record<string, unknown>, payload?: Record<string, unknown>): TokenProfile {
  const kind = declaredKind(typOf(header)) ?? shownKind(header, payload);
  const has = (name: string) => payload !== undefined && Object.hasOwn(payload, name);
  const atJwt = kind === 'at';
  return {
    accessToken: atJwt || (kind === undefined && ACCESS_TOKEN_MARKERS.some(has)),
    atJwt,
    idToken: kind === undefined && ID_TOKEN_MARKERS.some(has),
    dpop: kind === 'dpop',
    ...(kind === 'request' ? { requestObject: true } : {}),
    ...(kind === 'logout' ? { logoutToken: true } : {}),
  };
}
