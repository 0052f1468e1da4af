import type { LintRule, RuleHit } from './types';
import { disclosureAt } from '../sd-jwt/rule-parts';

export const sdDisclosureMalformed: LintRule = {
  id: 'sd-disclosure-malformed',
  severity: 'error',
  input: 'T',
  title: 'Disclosure of the wrong shape',
  explanation:
    'A Disclosure is base64url JSON: `[salt, name, value]` for an object property, `[salt, value]` for an array element. ' +
    'A verifier that guesses another shape inserts claims the Issuer never made.',
  references: ['RFC 9901 §4.2.1', 'RFC 9901 §4.2.2', 'RFC 9901 §7.1'],
  check(ctx) {
    if (!ctx.sd) return [];
    const hits: RuleHit[] = [];
    ctx.sd.disclosures.forEach((d, i) => {
      if (d.malformed) hits.push({ message: `Disclosure ${i + 1} ${d.malformed}.`, at: disclosureAt(d) });
    });
    for (const { disclosure: d, via } of ctx.sd.processed.issues.wrongKind) {
      const message =
        via === 'sd'
          ? `Disclosure ${ctx.sd.disclosures.indexOf(d) + 1} is an array element (2 elements) but its digest is in an \`_sd\` array, which lists object properties.`
          : `Disclosure ${ctx.sd.disclosures.indexOf(d) + 1} is an object property (3 elements) but its digest stands in an array as \`{"...": digest}\`.`;
      hits.push({ message, at: disclosureAt(d) });
    }
    return hits.map((h) => (h.at ? h : { message: h.message }));
  },
};
