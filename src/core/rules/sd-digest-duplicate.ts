import type { LintRule, RuleHit } from './types';
import { disclosureAt } from '../sd-jwt/rule-parts';

export const sdDigestDuplicate: LintRule = {
  id: 'sd-digest-duplicate',
  severity: 'error',
  input: 'T',
  title: 'Digest or Disclosure repeated',
  explanation:
    'Each digest may appear once in an SD-JWT, and each Disclosure may be sent once. ' +
    'With a repeat, one verifier inserts a claim twice or in two places and another keeps the first.',
  references: ['RFC 9901 §4', 'RFC 9901 §4.1', 'RFC 9901 §7.1'],
  check(ctx) {
    const sd = ctx.sd;
    if (!sd) return [];
    const hits: RuleHit[] = sd.duplicates.embedded.map((digest) => ({ message: `The digest ${digest} appears more than once in the signed data.` }));
    for (const text of sd.duplicates.presented) {
      const copies = sd.disclosures.filter((d) => d.text === text);
      const at = disclosureAt(copies[1] ?? copies[0]!);
      const message = `The same Disclosure is presented ${copies.length} times.`;
      hits.push(at ? { message, at } : { message });
    }
    return hits;
  },
};
