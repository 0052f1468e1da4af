import type { LintRule, RuleHit } from './types';
import { valueAt } from './context';
import { CORE_HEADER_PARAMS } from '../lint/registry';

export const critMalformed: LintRule = {
  id: 'crit-malformed',
  severity: 'error',
  input: 'T',
  title: '`crit` header is malformed',
  explanation:
    '`crit` must be a non-empty array of distinct extension names, each present in the header and none defined by the JOSE specifications themselves. ' +
    'Anything else is a non-conforming producer or a probe for verifiers that mis-handle the list.',
  references: ['RFC 7515 §4.1.11'],
  check(ctx) {
    const header = ctx.header;
    if (!header || !Object.hasOwn(header, 'crit')) return [];
    const crit = header.crit;
    const at = valueAt(ctx, 'header', 'crit');
    if (!Array.isArray(crit)) return [{ message: '`crit` must be an array of extension names, but it is not an array.', at }];
    if (crit.length === 0) return [{ message: '`crit` is an empty array; it must list at least one extension or be left out.', at }];
    const out: RuleHit[] = [];
    const seen = new Set<string>();
    for (const name of crit) {
      if (typeof name !== 'string') {
        out.push({ message: `\`crit\` contains ${JSON.stringify(name)}, which is not a string.`, at });
      } else if (seen.has(name)) {
        out.push({ message: `\`crit\` lists "${name}" more than once.`, at });
      } else {
        seen.add(name);
        if (CORE_HEADER_PARAMS.has(name)) {
          out.push({ message: `\`crit\` lists "${name}", a standard parameter that must never be listed there.`, at });
        } else if (!Object.hasOwn(header, name)) {
          out.push({ message: `\`crit\` lists "${name}", but the header has no "${name}" parameter.`, at });
        }
      }
    }
    return out;
  },
};
