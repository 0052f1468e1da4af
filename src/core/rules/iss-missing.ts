import type { LintRule } from './types';
import { missingClaimHit, strictKind } from './context';

export const issMissing: LintRule = {
  id: 'iss-missing',
  severity: 'info',
  input: 'T',
  title: 'No issuer',
  explanation:
    'The token has no `iss` claim, so nothing says who minted it and a verifier cannot tie the signing key to a trusted issuer. ' +
    'RFC 9068 access tokens and OpenID Connect ID tokens must name their issuer, and signed request objects should, so for those this is a warning.',
  references: ['RFC 7519 §4.1.1', 'RFC 8725 §3.8', 'RFC 9068 §2.2'],
  check(ctx) {
    if (ctx.profile.dpop) return [];
    // RFC 9101 §4: a signed request object SHOULD name its client in iss (rules-next.md M).
    const kind = strictKind(ctx.profile) ?? (ctx.profile.requestObject ? 'a signed request object' : undefined);
    const message = kind
      ? `No \`iss\` claim, which ${kind} must have: nothing ties this token to a trusted issuer.`
      : 'No `iss` claim: nothing says who issued this token, so its key cannot be tied to a trusted issuer.';
    return missingClaimHit(ctx, 'iss', message, kind ? 'warning' : undefined);
  },
};
