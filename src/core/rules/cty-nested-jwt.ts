import type { LintRule } from './types';
import { memberAt } from './context';
import { mediaType } from '../lint/typ';

export const ctyNestedJwt: LintRule = {
  id: 'cty-nested-jwt',
  severity: 'info',
  input: 'T',
  title: 'Nested JWT (`cty: JWT`)',
  explanation:
    'The payload is itself a JWT wrapped in this one. Every layer must be verified: a server that checks only the outer signature ' +
    'and then trusts the inner token (or the other way round) can be fooled. The inspector decodes and lints the inner token too.',
  references: ['RFC 7519 §5.2', 'RFC 7519 §7.2 step 8', 'RFC 8725 §3.3'],
  check(ctx) {
    if (mediaType(ctx.header?.cty) !== 'jwt') return [];
    return [
      {
        message: 'The payload is a nested JWT (`cty` JWT): verify the inner token as well as this one.',
        at: memberAt(ctx, 'header', 'cty'),
      },
    ];
  },
};
