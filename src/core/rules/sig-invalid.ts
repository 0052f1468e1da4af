import type { LintRule } from './types';
import { segmentAt } from './context';

export const sigInvalid: LintRule = {
  id: 'sig-invalid',
  severity: 'error',
  input: 'T+K',
  title: 'Signature does not verify',
  explanation:
    'The signature does not match the key you supplied for the header\'s algorithm. ' +
    'Either the token was changed after signing, or it was signed with a different key than this one: a verifier must reject it.',
  references: ['RFC 7515 §5.2'],
  check(ctx) {
    if (ctx.token.kind !== 'jws' || ctx.verdict.status !== 'invalid') return [];
    const key = ctx.verdict.keyUsed ? ` with ${ctx.verdict.keyUsed}` : '';
    const message = ctx.verdict.reason ?? `The signature does not verify${key}: the token was changed or signed with another key.`;
    return [{ message, at: segmentAt(ctx, 'signature') }];
  },
};
