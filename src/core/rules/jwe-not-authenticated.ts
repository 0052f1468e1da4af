import type { LintRule } from './types';
import { memberAt } from './context';
import { mediaType } from '../lint/typ';
import { keyManagementOf } from '../algorithms';

export const jweNotAuthenticated: LintRule = {
  id: 'jwe-not-authenticated',
  severity: 'warning',
  input: 'T',
  title: 'Encrypted to a public key, but not signed inside',
  explanation:
    'Public-key encryption proves nothing about the sender: anyone with the recipient\'s public key can create this token. ' +
    'Unless the encrypted content is itself a signed JWT (`cty: JWT`) that the recipient verifies, its claims can be forged.',
  references: [
    'RFC 8725 §2.3',
    'RFC 8725 §3.3',
    "8725bis §2 'Incorrect Use and Composition of Encryption and Signature'",
    'CVE-2026-29000',
    'CVE-2023-51774',
  ],
  check(ctx) {
    const alg = ctx.header?.alg;
    if (ctx.token.kind !== 'jwe' || typeof alg !== 'string' || !keyManagementOf(alg)?.asymmetric) return [];
    // Decrypted: error when the content is not a signed token (rules.md K, the escalation).
    const inner = ctx.decryption?.status === 'decrypted' ? ctx.decryption.inner : undefined;
    const innerAlg = inner?.header?.alg;
    const signedInside = inner?.kind === 'jws' && typeof innerAlg === 'string' && innerAlg.toLowerCase() !== 'none';
    if (ctx.decryption?.status === 'decrypted' && !signedInside) {
      return [
        {
          severity: 'error',
          message: `Decrypted, and the content is ${inner ? 'an unsecured JWT (alg none)' : 'not a signed JWT'}: \`alg\` ${alg} lets anyone with the public key create this token, so its claims prove nothing.`,
          at: memberAt(ctx, 'header', 'alg'),
        },
      ];
    }
    if (mediaType(ctx.header?.cty) === 'jwt') return [];
    return [
      {
        message: `\`alg\` ${alg} lets anyone with the public key create this token, and \`cty\` does not say the content is a signed JWT: its claims are not authenticated.`,
        at: memberAt(ctx, 'header', 'alg'),
      },
    ];
  },
};
