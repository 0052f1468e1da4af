import type { LintRule } from './types';
import { hitsOver, preview } from '../lint/value-walk';
import { describeProbe, probeTarget } from '../lint/probe-url';

/** Header members judged by `jku-unsafe-url` and `x5u-present` instead. */
const KEY_URLS = new Set(['jku', 'x5u']);

export const paramUrlProbe: LintRule = {
  id: 'param-url-probe',
  severity: 'warning',
  input: 'T',
  title: 'URL aimed at an internal network or a listener',
  explanation:
    'A header or claim value is a URL or host on a private network, a cloud metadata address or an out-of-band testing service. ' +
    'Attack tools plant such values to see whether a server fetches them (blind SSRF).',
  references: ['RFC 8725 §2.9', 'RFC 8725 §3.10'],
  check(ctx) {
    if (ctx.token.kind === 'malformed') return [];
    return hitsOver(ctx, ['header', 'payload'], (item, part) => {
      if (item.kind !== 'string') return undefined;
      if (part === 'header' && item.path.length === 1 && KEY_URLS.has(item.path[0]!)) return undefined;
      const probe = probeTarget(item.value);
      if (!probe) return undefined;
      const where = part === 'header' ? 'Header' : 'Claim';
      return {
        message: `${where} \`${item.path.join('.')}\` is "${preview(item.value)}", which points at ${describeProbe(probe)}.`,
      };
    });
  },
};
