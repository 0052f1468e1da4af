import type { LintRule } from './types';
import { memberAt } from './context';

export const jweRsa15: LintRule = {
  id: 'jwe-rsa1_5',
  severity: 'warning',
  input: 'T',
  title: 'JWE uses RSA1_5 key transport',
  explanation:
    'RSA1_5 wraps the content key with RSA PKCS#1 v1.5 padding, which is open to Bleichenbacher padding-oracle attacks: a server that reveals whether decryption failed lets an attacker decrypt tokens. ' +
    'It is deprecated; RSA-OAEP-256 or ECDH-ES replace it.',
  references: [
    'RFC 7518 §4.2',
    'RFC 7518 §8.3',
    'RFC 8725 §3.2',
    'draft-ietf-jose-deprecate-none-rsa15',
    'NIST SP 800-131A Rev. 2',
  ],
  check(ctx) {
    if (ctx.token.kind !== 'jwe' || ctx.header?.alg !== 'RSA1_5') return [];
    return [
      {
        message: '`alg` RSA1_5 uses PKCS#1 v1.5 padding, open to padding-oracle attacks; use RSA-OAEP-256 or ECDH-ES.',
        at: memberAt(ctx, 'header', 'alg'),
      },
    ];
  },
};
