import type { LintRule } from './types';
import { tokenAt } from './context';

const MAX_PARTS = 100;

export const formatSegmentCount: LintRule = {
  id: 'format-segment-count',
  severity: 'error',
  input: 'T',
  title: 'Wrong number of dot-separated parts',
  explanation:
    'A compact JWS has exactly 3 dot-separated parts and a JWE exactly 5. Any other count is a truncated or malformed token (an unsecured JWT still needs its trailing dot), and libraries that tolerate missing parts disagree with those that do not.',
  references: ['RFC 7515 §7.1', 'RFC 7516 §7.1, §9', 'RFC 7519 §6.1, §7.2 step 1'],
  check(ctx) {
    const { token } = ctx;
    if (token.serialization !== 'compact' || token.jsonSerialization) return [];
    const text = token.text;
    if (text.trim() === '' || text.trimStart().startsWith('{')) return [];
    const count = countParts(text);
    if (count === 3) return [];
    if (count === 5) {
      // Five parts make a JWE only with `enc` in the header (the token parser agrees).
      if (ctx.token.kind !== 'malformed' || !ctx.header || 'enc' in ctx.header || ctx.header.b64 === false) return [];
      return [{ message: 'The token has 5 dot-separated parts like an encrypted token (JWE), but its header has no `enc`; a signed token (JWS) has 3.', at: tokenAt(ctx) }];
    }
    const hint =
      count === 2 ? ' An unsigned token still needs the trailing dot ("header.payload.").' : '';
    const parts = count > MAX_PARTS ? `more than ${MAX_PARTS} dot-separated parts` : `${count} dot-separated part${count === 1 ? '' : 's'}`;
    return [{ message: `The token has ${parts}; a JWS has 3 and a JWE has 5.${hint}`, at: tokenAt(ctx) }];
  },
};

/** Parts counted up to MAX_PARTS + 1 (a huge paste need not be counted to the end). */
function countParts(text: string): number {
  let n = 1;
  for (let i = text.indexOf('.'); i !== -1 && n <= MAX_PARTS; i = text.indexOf('.', i + 1)) n++;
  return n;
}
