import type { LintRule } from './types';
import { memberAt, segmentAt, userKeys } from './context';

export const selfVerifiedOnly: LintRule = {
  id: 'self-verified-only',
  severity: 'error',
  input: 'T',
  untrusted: {
    headline: 'Signed by a key it carries: proves nothing',
    text: 'It verifies only with a key carried inside the token, so anyone could have signed it.',
  },
  title: 'Verifies only with its own key',
  explanation:
    'The only key that makes this signature valid is the one the token carries itself (its `jwk`, or the first certificate of its `x5c`). ' +
    'Anyone can make a key pair, embed the public half and sign: a "valid signature" of that kind proves nothing about who issued the token. ' +
    'DPoP proofs (RFC 9449) are signed this way on purpose and are not reported: their key is checked against the access token\'s `cnf.jkt` instead.',
  references: [
    'CVE-2018-0114',
    'RFC 7515 §6',
    'RFC 8725 §3.8',
    'PS-KB 0x00200902',
    "OWASP JWT CS 'Trusting key material named in the token header'",
  ],
  check(ctx) {
    // A DPoP proof's key is self-asserted by design; its binding is dpop-jkt-mismatch's (rules-next.md M).
    if (ctx.token.kind !== 'jws' || ctx.embeddedVerdict?.status !== 'valid' || ctx.profile.dpop) return [];
    const verifiedByUser = ctx.verdict.status === 'valid' && userKeys(ctx).some((c) => c.label === ctx.verdict.keyUsed);
    if (verifiedByUser) return [];
    const own = ctx.header && Object.hasOwn(ctx.header, 'jwk') ? 'jwk' : 'x5c';
    const yours = userKeys(ctx).length ? ' and not with the key you supplied' : '; no key of yours vouches for it';
    return [
      {
        message: `The signature verifies only with the token's own \`${own}\`${yours}, so it proves nothing about the issuer.`,
        at: memberAt(ctx, 'header', own) ?? segmentAt(ctx, 'signature'),
      },
    ];
  },
};
