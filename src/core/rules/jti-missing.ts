import type { LintRule } from './types';
import { missingClaimHit } from './context';

export const jtiMissing: LintRule = {
  id: 'jti-missing',
  severity: 'info',
  input: 'T',
  title: 'No token ID',
  explanation:
    'The token has no `jti` claim, so it carries no unique id that a server could remember to spot a replay or put on a deny list. ' +
    'RFC 9068 access tokens require it (a DPoP proof without one is reported as `dpop-claims-invalid`).',
  references: ['RFC 7519 §4.1.7', 'RFC 9068 §2.2', "OWASP JWT CS 'JWT denylist'"],
  check(ctx) {
    // A DPoP proof's claim set is checked by dpop-claims-invalid (rules-next.md M).
    if (ctx.profile.dpop) return [];
    return missingClaimHit(ctx, 'jti', 'No `jti` claim: this token has no unique id for replay detection or revocation.');
  },
};
