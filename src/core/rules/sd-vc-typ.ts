import type { LintRule } from './types';
import { memberAt } from './context';
import { plaintextClaim, typIs } from '../sd-jwt/rule-parts';

export const sdVcTyp: LintRule = {
  id: 'sd-vc-typ',
  severity: 'warning',
  input: 'T',
  title: 'SD-JWT VC without `typ` `dc+sd-jwt`',
  explanation:
    'An SD-JWT with a `vct` claim is an SD-JWT VC, whose `typ` is `dc+sd-jwt`. Without it, verifiers that choose processing by `typ` reject or mis-route it, ' +
    'and one credential format can pass for another. `vc+sd-jwt` is the older name.',
  references: ['SD-JWT VC §2.1', 'SD-JWT VC §2.2.1', 'RFC 9901 §9.11', 'RFC 8725 §3.11'],
  check(ctx) {
    if (!ctx.sd || !plaintextClaim(ctx.sd, 'vct')) return [];
    const typ = ctx.header?.typ;
    if (typIs(typ, 'dc+sd-jwt')) return [];
    const at = memberAt(ctx, 'header', 'typ') ?? memberAt(ctx, 'payload', 'vct');
    if (typIs(typ, 'vc+sd-jwt')) return [{ message: '`typ` is `vc+sd-jwt`, the name used until November 2024; it is now `dc+sd-jwt`.', severity: 'info', at }];
    const what = typ === undefined ? 'has no `typ`' : `has \`typ\` ${JSON.stringify(typ)}`;
    return [{ message: `This credential has a \`vct\` but ${what}; an SD-JWT VC is typed \`dc+sd-jwt\`.`, at }];
  },
};
