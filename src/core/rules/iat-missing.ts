import type { LintRule } from './types';
import { missingClaimHit } from './context';

export const iatMissing: LintRule = {
  id: 'iat-missing',
  severity: 'info',
  input: 'T',
  title: 'No issued-at time',
  explanation:
    'The token has no `iat` claim, so nobody can tell how old it is or enforce a maximum age. ' +
    'RFC 9068 access tokens and OpenID Connect ID tokens require it (a DPoP proof without one is reported as `dpop-claims-invalid`).',
  references: ['RFC 7519 §4.1.6', 'RFC 9068 §2.2', 'OIDC Core §2'],
  check(ctx) {
    // A DPoP proof's claim set is checked by dpop-claims-invalid (rules-next.md M).
    if (ctx.profile.dpop) return [];
    return missingClaimHit(ctx, 'iat', 'No `iat` claim, so the age of this token cannot be judged.');
  },
};
