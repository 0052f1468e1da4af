import type { LintRule } from './types';
import { memberAt } from './context';

export const jwkEmbedded: LintRule = {
  id: 'jwk-embedded',
  severity: 'warning',
  input: 'T',
  title: 'Token carries its own key',
  explanation:
    'The header has a `jwk`: the token brings the public key to check it with. ' +
    'A verifier that trusts that key accepts whatever an attacker signs with a key pair of their own (CVE-2018-0114). ' +
    'DPoP proofs must carry one, so for them this is only an info.',
  references: [
    'RFC 7515 §4.1.3, §6',
    'CVE-2018-0114',
    "PS:jwt 'Injecting self-signed JWTs via the jwk parameter'",
    'PS-KB 0x00200902',
    "OWASP JWT CS 'Trusting key material named in the token header'",
    'RFC 9449 §4.2',
  ],
  check(ctx) {
    if (ctx.token.kind === 'jwe' || !ctx.header || !Object.hasOwn(ctx.header, 'jwk')) return [];
    const at = memberAt(ctx, 'header', 'jwk');
    if (ctx.profile.dpop) {
      return [{ message: 'This DPoP proof carries its public key in `jwk`, as RFC 9449 requires.', severity: 'info', at }];
    }
    return [{ message: 'The token carries its own public key in `jwk`; a verifier must never use it to check the token.', at }];
  },
};
