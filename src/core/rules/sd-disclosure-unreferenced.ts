import type { LintRule } from './types';
import { unreferencedCause } from '../sd-jwt/causes';
import { disclosureAt } from '../sd-jwt/rule-parts';

export const sdDisclosureUnreferenced: LintRule = {
  id: 'sd-disclosure-unreferenced',
  severity: 'error',
  input: 'T',
  title: 'Disclosure the Issuer did not sign',
  explanation:
    'No digest in the issuer-signed payload (or in a disclosed value) matches this Disclosure, so the Issuer never vouched for it. ' +
    'A verifier that inserts every presented Disclosure lets the Holder add or change claims.',
  references: ['RFC 9901 §4', 'RFC 9901 §4.2.3', 'RFC 9901 §4.2.6', 'RFC 9901 §7.1', 'RFC 9901 §9.2'],
  check(ctx) {
    const sd = ctx.sd;
    if (!sd?.hash) return [];
    const wrongKind = new Set(sd.processed.issues.wrongKind.map((w) => w.disclosure));
    const presented = new Set<string>();
    return sd.disclosures.flatMap((d, i) => {
      const again = presented.has(d.text);
      presented.add(d.text);
      if (d.referenced || d.malformed || wrongKind.has(d) || again) return [];
      const at = disclosureAt(d);
      const message = `Disclosure ${i + 1} (digest ${d.digest}) matches no digest the Issuer signed: ${unreferencedCause(d, sd)}.`;
      return [at ? { message, at } : { message }];
    });
  },
};
