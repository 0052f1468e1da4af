import type { LintRule } from './types';
import { missingClaimHit } from './context';

export const iatMissing: LintRule = {
  id: 'iat-missing',
  severity: 'info',
  input: 'T',
  title: 'No issued-at time',
  explanation:
    'The token has no `iat` claim, so nobody can tell how old it is or enforce a maximum age. ' +
    'RFC 9068 access tokens and OpenID Connect ID tokens require it, and DPoP proofs rely on it for freshness.',
  references: ['RFC 7519 §4.1.6', 'RFC 9068 §2.2', 'OIDC Core §2'],
  check(ctx) {
    if (ctx.profile.dpop) {
      return missingClaimHit(ctx, 'iat', 'No `iat` claim: a DPoP proof must say when it was made, or a server cannot reject replayed proofs.', 'warning');
    }
    return missingClaimHit(ctx, 'iat', 'No `iat` claim, so the age of this token cannot be judged.');
  },
};
