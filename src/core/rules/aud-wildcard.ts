import type { JsonNode, Span } from '../report';
import type { LintRule, RuleHit } from './types';
import { hitAt, memberOf } from './context';
import { clip } from '../claims/words';

export const audWildcard: LintRule = {
  id: 'aud-wildcard',
  severity: 'warning',
  input: 'T',
  title: 'Wildcard audience',
  explanation:
    'An audience of `*`, an empty string, or one containing `*` does not restrict where the token may be used. ' +
    'Audience checks are exact string matches; a verifier that treats these as patterns or skips empty values accepts tokens meant for other services.',
  references: ['RFC 8725 §3.9'],
  check(ctx) {
    const aud = memberOf(ctx, 'payload', 'aud');
    if (!ctx.payload || !aud) return [];
    const values: JsonNode[] = aud.value.type === 'array' ? aud.value.items : [aud.value];
    const out: RuleHit[] = [];
    for (const node of values) {
      if (node.type !== 'string') continue;
      const at: Span = { part: 'payload', from: node.span.from, to: node.span.to };
      if (node.value.trim() === '') {
        out.push(hitAt('`aud` contains an empty string, which restricts nothing.', at));
      } else if (node.value === '*') {
        out.push(hitAt('`aud` is "*", which stands for any audience: every service would accept this token.', at));
      } else if (node.value.includes('*')) {
        out.push(hitAt(`\`aud\` "${clip(node.value)}" contains a wildcard; a verifier that expands it accepts tokens meant for other services.`, at));
      }
    }
    return out;
  },
};
