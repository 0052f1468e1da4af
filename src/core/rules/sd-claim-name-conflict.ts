import type { LintRule } from './types';
import { disclosureAt } from '../sd-jwt/rule-parts';

export const sdClaimNameConflict: LintRule = {
  id: 'sd-claim-name-conflict',
  severity: 'error',
  input: 'T',
  title: 'Disclosure shadows an existing claim',
  explanation:
    'A disclosed claim name must not already exist in the object it goes into. Which value wins then depends on the order a verifier inserts, ' +
    'so a Holder can override a value the Issuer asserted in plain text.',
  references: ['RFC 9901 §4.2.1', 'RFC 9901 §7.1'],
  check(ctx) {
    return (ctx.sd?.processed.issues.conflicts ?? []).map(({ disclosure: d, pointer }) => {
      const message = `The Disclosure of \`${d.name}\` goes into ${pointer === '' ? 'the top level' : pointer}, which already has a \`${d.name}\`.`;
      const at = disclosureAt(d);
      return at ? { message, at } : { message };
    });
  },
};
