import type { LintRule, RuleHit } from './types';
import { memberAt } from './context';
import { isVcTyp, plaintextClaim } from '../sd-jwt/rule-parts';

export const sdVcTypeInvalid: LintRule = {
  id: 'sd-vc-type-invalid',
  severity: 'error',
  input: 'T',
  title: 'SD-JWT VC without a usable `vct`',
  explanation:
    'The credential type `vct` decides which claims are required, allowed and selectively disclosable. Without a non-empty `vct` in plain text ' +
    '(or with a broken `aka_vcts` list) no type rule can be applied.',
  references: ['SD-JWT VC §2.2.2.1', 'SD-JWT VC §2.2.2.2', 'SD-JWT VC §2.2.2.3'],
  check(ctx) {
    const sd = ctx.sd;
    if (!sd || !isVcTyp(ctx.header?.typ)) return [];
    const hits: RuleHit[] = [];
    const vct = ctx.payload?.vct;
    if (!plaintextClaim(sd, 'vct')) {
      if (vct === undefined) hits.push({ message: 'This SD-JWT VC has no `vct` (credential type) in the issuer-signed payload.' });
    } else if (typeof vct !== 'string' || vct === '') hits.push({ message: '`vct` is not a non-empty string.', at: memberAt(ctx, 'payload', 'vct') });
    const aka = ctx.payload?.aka_vcts;
    if (aka !== undefined) {
      const ok = Array.isArray(aka) && aka.length > 0 && aka.every((a) => typeof a === 'string');
      if (!ok) hits.push({ message: '`aka_vcts` is not a non-empty array of strings.', at: memberAt(ctx, 'payload', 'aka_vcts') });
      else if ((aka as unknown[]).includes(vct)) hits.push({ message: '`aka_vcts` repeats the `vct` value.', at: memberAt(ctx, 'payload', 'aka_vcts') });
    }
    return hits.map((h) => (h.at ? h : { message: h.message }));
  },
};
