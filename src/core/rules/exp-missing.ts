import type { LintRule } from './types';
import { missingClaimHit, strictKind } from './context';

export const expMissing: LintRule = {
  id: 'exp-missing',
  severity: 'warning',
  input: 'T',
  title: 'No expiration time',
  explanation:
    'The token has no `exp` claim, so it never expires: a copy that leaks through a log, a browser or a proxy keeps working forever. ' +
    'RFC 9068 access tokens and OpenID Connect ID tokens must carry `exp`, so for those this is an error.',
  references: ['RFC 7519 §4.1.4', 'RFC 9068 §2.2', 'OIDC Core §2', "PS:jwt 'How to prevent JWT attacks'"],
  check(ctx) {
    // A DPoP proof (RFC 9449 §4.2) has no exp by design: its freshness comes from iat and jti.
    if (ctx.profile.dpop) return [];
    const kind = strictKind(ctx.profile);
    const message = kind
      ? `No \`exp\` claim: ${kind} must expire, and this one works forever if it leaks.`
      : 'No `exp` claim: this token never expires, so a leaked copy works forever.';
    return missingClaimHit(ctx, 'exp', message, kind ? 'error' : undefined);
  },
};
