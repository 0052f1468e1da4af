import type { LintRule } from './types';
import { segmentAt } from './context';

export const jweCompact: LintRule = {
  id: 'jwe-compact',
  severity: 'info',
  input: 'T',
  title: 'Encrypted token (JWE)',
  explanation:
    'This is an encrypted JWT: five parts, with `enc` in the header. Only the header is readable; the claims cannot be inspected or checked without the decryption key. ' +
    'Code written for signed tokens mis-handles it.',
  references: ['RFC 7516 §7.1', 'RFC 7516 §9'],
  check(ctx) {
    if (ctx.token.kind !== 'jwe') return [];
    const enc = ctx.header?.enc;
    return [
      {
        message: `This is an encrypted token (JWE${typeof enc === 'string' ? `, ${enc}` : ''}): only its header can be inspected without the recipient's key.`,
        at: segmentAt(ctx, 'header'),
      },
    ];
  },
};
