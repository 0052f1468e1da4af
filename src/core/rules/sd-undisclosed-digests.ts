import type { LintRule } from './types';
import { plural } from './context';

export const sdUndisclosedDigests: LintRule = {
  id: 'sd-undisclosed-digests',
  severity: 'info',
  input: 'T',
  title: 'Digests without a Disclosure',
  explanation:
    'Some digests have no Disclosure: decoys the Issuer added, or claims the Holder chose not to show. Both are legitimate; ' +
    'they explain why the processed claims hold fewer claims or array elements than the digests suggest.',
  references: ['RFC 9901 §4.2.5', 'RFC 9901 §7.1', 'RFC 9901 §10.4'],
  check(ctx) {
    const sd = ctx.sd;
    if (!sd || sd.undisclosed === 0) return [];
    const presented = new Set(sd.disclosures.map((d) => d.digest));
    const per = new Map<string, number>();
    for (const e of sd.processed.embedded) if (!presented.has(e.digest)) per.set(e.container, (per.get(e.container) ?? 0) + 1);
    const where = [...per].map(([pointer, n]) => `${n} at ${pointer === '' ? 'the top level' : pointer}`).join(', ');
    return [{ message: `${plural(sd.undisclosed, 'digest')} with no Disclosure (decoys or withheld claims): ${where}.` }];
  },
};
