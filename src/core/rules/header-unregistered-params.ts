import type { LintRule, RuleHit } from './types';
import { memberAt } from './context';
import { REGISTERED_HEADER_PARAMS } from '../lint/registry';

export const headerUnregisteredParams: LintRule = {
  id: 'header-unregistered-params',
  severity: 'info',
  input: 'T',
  title: 'Unregistered header parameter',
  explanation:
    'The header carries parameters that are not in the IANA JOSE registry. Verifiers usually ignore them silently, ' +
    'so anything they are meant to enforce is probably not enforced.',
  references: ['RFC 7515 §4.3', 'RFC 7515 §5.2 step 5'],
  check(ctx) {
    const header = ctx.header;
    if (!header) return [];
    const out: RuleHit[] = [];
    for (const name of Object.keys(header)) {
      if (REGISTERED_HEADER_PARAMS.has(name)) continue;
      out.push({
        message: `Header parameter "${name}" is not registered; most verifiers will ignore it.`,
        at: memberAt(ctx, 'header', name),
      });
    }
    return out;
  },
};
