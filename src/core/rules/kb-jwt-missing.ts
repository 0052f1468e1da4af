import type { LintRule } from './types';
import { memberAt } from './context';

export const kbJwtMissing: LintRule = {
  id: 'kb-jwt-missing',
  severity: 'warning',
  input: 'T',
  title: 'Key-bound SD-JWT presented without Key Binding',
  explanation:
    'The credential names a Holder key (`cnf`) but no Key Binding JWT follows the last `~`. Anyone who obtains it can replay it; ' +
    'a verifier that requires Key Binding must decide so before looking, or stripping the KB-JWT bypasses it.',
  references: ['RFC 9901 §7.3', 'RFC 9901 §9.5', 'RFC 9901 §9.9'],
  check(ctx) {
    if (!ctx.sd || ctx.sd.kb || ctx.payload?.cnf === undefined) return [];
    return [{ message: 'The credential is bound to a Holder key (`cnf`) but was presented without a Key Binding JWT: it can be replayed.', at: memberAt(ctx, 'payload', 'cnf') }];
  },
};
