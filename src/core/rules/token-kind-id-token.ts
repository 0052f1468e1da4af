import type { LintRule } from './types';
import { ID_TOKEN_MARKERS } from '../claims/profile';
import { memberAt } from './context';

export const tokenKindIdToken: LintRule = {
  id: 'token-kind-id-token',
  severity: 'info',
  input: 'T',
  title: 'Looks like an OpenID Connect ID token',
  explanation:
    'The payload carries claims that only ID tokens have. An ID token proves a login to the client app; ' +
    'an API that accepts it as an access token lets any client that saw the login call the API as the user.',
  references: ['RFC 8725 §2.8', 'RFC 8725 §3.11', 'RFC 8725 §3.12', 'RFC 9068 §4', 'OIDC Core 1.0 §2'],
  check(ctx) {
    const payload = ctx.payload;
    // profile.idToken: an ID-token marker is present and the token is of no other kind (an at+jwt,
    // a DPoP proof, a logout token, a request object, another explicit `typ`).
    if (!payload || !ctx.profile.idToken) return [];
    const found = ID_TOKEN_MARKERS.filter((name) => Object.hasOwn(payload, name));
    if (found.length === 0) return [];
    return [
      {
        message: `The payload has ID-token claims (${found.map((n) => `\`${n}\``).join(', ')}): an API must not accept this token as an access token.`,
        at: memberAt(ctx, 'payload', found[0]!),
      },
    ];
  },
};
