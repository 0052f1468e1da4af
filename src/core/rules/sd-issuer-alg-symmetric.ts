import type { LintRule } from './types';
import { memberAt } from './context';

export const sdIssuerAlgSymmetric: LintRule = {
  id: 'sd-issuer-alg-symmetric',
  severity: 'warning',
  input: 'T',
  title: 'SD-JWT signed with a shared secret',
  explanation:
    'The issuer-signed JWT of an SD-JWT must be signed with the Issuer\'s private key. With an HMAC, every party able to check it ' +
    '(Holder, Verifier) can also mint credentials.',
  references: ['RFC 9901 §4.1', 'RFC 9901 §9.1'],
  check(ctx) {
    const alg = ctx.header?.alg;
    if (!ctx.sd || typeof alg !== 'string' || !/^HS(256|384|512)$/.test(alg)) return [];
    return [{ message: `The Issuer signed with ${alg}, a shared secret: anyone who can verify it can issue credentials.`, at: memberAt(ctx, 'header', 'alg') }];
  },
};
