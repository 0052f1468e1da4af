import type { LintRule, RuleHit } from './types';
import { disclosureAt, isVcTyp } from '../sd-jwt/rule-parts';

/** SD-JWT VC §2.2.2.3: never selectively disclosable, nor any of their sub-claims. */
const VC_FIXED = ['iss', 'nbf', 'exp', 'cnf', 'vct', 'vct#integrity', 'aka_vcts', 'status'];
/** Any other SD-JWT: validity and binding claims better left in plain text (RFC 9901 §9.7). */
const WITHHOLDABLE = ['iss', 'exp', 'nbf', 'cnf', 'aud'];

export const sdReservedNameDisclosed: LintRule = {
  id: 'sd-reserved-name-disclosed',
  severity: 'error',
  input: 'T',
  title: 'Validity or binding claim made withholdable',
  explanation:
    'A Holder may leave out any selectively disclosable claim. When that claim is `exp`, `status` or `cnf`, an expired or revoked credential, ' +
    'or one without Key Binding, passes a verifier that only checks the claims it sees. `_sd` and `...` are never claim names.',
  references: ['RFC 9901 §4.2.1', 'RFC 9901 §7.1', 'RFC 9901 §9.7', 'SD-JWT VC §2.2.2.3', 'SD-JWT VC-19'],
  check(ctx) {
    const sd = ctx.sd;
    if (!sd) return [];
    const vc = isVcTyp(ctx.header?.typ);
    const hits: RuleHit[] = [];
    for (const d of sd.disclosures) {
      const at = disclosureAt(d);
      const hit = (message: string, severity?: 'warning'): RuleHit => ({ message, ...(at ? { at } : {}), ...(severity ? { severity } : {}) });
      if (d.arity === 3 && (d.name === '_sd' || d.name === '...')) {
        hits.push(hit(`A Disclosure is named \`${d.name}\`, a name reserved for digests.`));
        continue;
      }
      if (!d.referenced || d.path === undefined) continue;
      const top = d.path.split('/')[1]!.replace(/~1/g, '/').replace(/~0/g, '~');
      if (vc && VC_FIXED.includes(top)) {
        const inside = d.path !== `/${top}` ? ` (inside \`${top}\`)` : '';
        hits.push(hit(`\`${top}\`${inside} is selectively disclosable, which an SD-JWT VC must not allow: a Holder can drop it.`));
      } else if (!vc && d.path === `/${top}` && WITHHOLDABLE.includes(top)) {
        hits.push(hit(`\`${top}\` is selectively disclosable: a Holder can drop it and verifiers then skip its check.`, 'warning'));
      }
    }
    return hits;
  },
};
