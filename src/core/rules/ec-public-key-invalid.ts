import type { LintRule, RuleHit } from './types';
import { afterColon, keysForToken, memberAt } from './context';
import { pointProblem } from '../crypto/curves';
import { decodeJwkBytes } from '../keys/jwk-bytes';

export const ecPublicKeyInvalid: LintRule = {
  id: 'ec-public-key-invalid',
  severity: 'error',
  input: 'T+K',
  keyAlone: true,
  title: 'EC key is not a valid point',
  explanation:
    'The EC public key is not a point on its named curve, is the point at infinity, or has coordinates of the wrong length. ' +
    'Libraries that import such keys without checking are open to invalid-curve attacks, and the key cannot have come from an honest signer.',
  references: ['RFC 8725 §3.4', 'NIST SP 800-56A Rev. 3 §5.6.2.3'],
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const key of keysForToken(ctx)) {
      const problem = key.problems.find((p) => p.code === 'ec-point-invalid');
      if (problem) hits.push({ message: `Your key (${key.label}) is invalid: ${afterColon(problem.message)}` });
    }
    const jwk = ctx.header?.jwk as Record<string, unknown> | undefined;
    if (jwk && typeof jwk === 'object' && (jwk.kty === 'EC' || jwk.kty === 'OKP') && typeof jwk.crv === 'string') {
      const x = decodeJwkBytes(jwk.x) ?? new Uint8Array();
      const y = jwk.kty === 'EC' ? (decodeJwkBytes(jwk.y) ?? new Uint8Array()) : undefined;
      const problem = pointProblem(jwk.crv, x, y);
      if (problem) hits.push({ message: `The token's own \`jwk\` is invalid: ${afterColon(problem)}`, at: memberAt(ctx, 'header', 'jwk') });
    }
    return hits;
  },
};
