import type { LintRule } from './types';
import { missingClaimHit, strictKind } from './context';

export const subMissing: LintRule = {
  id: 'sub-missing',
  severity: 'info',
  input: 'T',
  title: 'No subject',
  explanation:
    'The token has no `sub` claim, so the user or client it speaks for is only implied, and swapping one token for another is harder to notice. ' +
    'RFC 9068 access tokens and OpenID Connect ID tokens must name their subject, so for those this is a warning.',
  references: ['RFC 7519 §4.1.2', 'RFC 8725 §3.8', 'RFC 9068 §2.2'],
  check(ctx) {
    if (ctx.profile.dpop) return [];
    const kind = strictKind(ctx.profile);
    const message = kind
      ? `No \`sub\` claim, which ${kind} must have: it does not say which user or client it is for.`
      : 'No `sub` claim: this token does not say which user or client it is for.';
    return missingClaimHit(ctx, 'sub', message, kind ? 'warning' : undefined);
  },
};
