import type { LintRule } from './types';
import { missingClaimHit } from './context';

export const audMissing: LintRule = {
  id: 'aud-missing',
  severity: 'warning',
  input: 'T',
  title: 'No audience',
  explanation:
    'The token has no `aud` claim, so it does not say which service it is for. ' +
    'A token minted for one service can then be replayed at any other service that trusts the same issuer and key.',
  references: ['RFC 8725 §2.7', 'RFC 8725 §3.9', 'RFC 9068 §2.2', "PS:jwt 'How to prevent JWT attacks'"],
  check(ctx) {
    // A DPoP proof is bound to one request by `htm`/`htu` instead of an audience (RFC 9449 §4.2).
    if (ctx.profile.dpop) return [];
    return missingClaimHit(ctx, 'aud', 'No `aud` claim: any service that trusts this issuer would accept this token, not just the one it was meant for.');
  },
};
