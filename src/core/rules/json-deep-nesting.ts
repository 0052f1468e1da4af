import type { LintRule } from './types';
import { capital, jsonParts } from './context';

const WARN_ABOVE = 32;
const ERROR_ABOVE = 256;

export const jsonDeepNesting: LintRule = {
  id: 'json-deep-nesting',
  severity: 'warning',
  input: 'T',
  title: 'Deeply nested JSON',
  explanation:
    'Objects or arrays nested dozens or hundreds of levels deep serve no purpose in a token. They are a denial-of-service probe: recursive parsers run out of stack (CVE-2025-53864 in Nimbus JOSE+JWT).',
  references: ['CVE-2025-53864'],
  check(ctx) {
    return jsonParts(ctx).flatMap((p) => {
      const depth = p.json.depth;
      if (depth <= WARN_ABOVE) return [];
      const level = depth > 512 ? 'more than 512' : String(depth);
      return [
        {
          message: `${capital(p.label)} nests objects or arrays ${level} levels deep; real tokens need a handful.`,
          severity: depth > ERROR_ABOVE ? ('error' as const) : ('warning' as const),
          at: p.segment,
        },
      ];
    });
  },
};
