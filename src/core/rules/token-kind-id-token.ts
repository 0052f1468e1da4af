import type { LintRule } from '../types';
import { memberAt } from '../lint/at';
import { headerTyp } from '../lint/typ';

/** Claims that only OpenID Connect ID tokens carry. */
const MARKERS = ['nonce', 'at_hash', 'c_hash', 'auth_time', 'azp', 'acr', 'amr'];

export const tokenKindIdToken: LintRule = {
  id: 'token-kind-id-token',
  severity: 'info',
  title: 'Looks like an OpenID Connect ID token',
  explanation:
    'The payload carries claims that only ID tokens have. An ID token proves a login to the client app; ' +
    'an API that accepts it as an access token lets any client that saw the login call the API as the user.',
  references: ['RFC 8725 §2.8', 'RFC 8725 §3.11', 'RFC 8725 §3.12', 'RFC 9068 §4', 'OIDC Core 1.0 §2'],
  check(ctx) {
    const payload = ctx.payload;
    if (!payload || headerTyp(ctx) === 'at+jwt') return [];
    const found = MARKERS.filter((name) => Object.hasOwn(payload, name));
    if (found.length === 0) return [];
    return [
      {
        message: `The payload has ID-token claims (${found.map((n) => `\`${n}\``).join(', ')}): an API must not accept this token as an access token.`,
        at: memberAt(ctx, 'payload', found[0]!),
      },
    ];
  },
};
