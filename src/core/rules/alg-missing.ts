import type { LintRule, RuleContext } from './types';
import { algHeaders, segmentAt, type SignedEntry } from './context';

export const algMissing: LintRule = {
  id: 'alg-missing',
  severity: 'error',
  input: 'T',
  title: 'No algorithm in the header',
  explanation:
    'Every JWS and JWE header must name its algorithm in a string "alg". Without it a library may fall back to whatever its code path defaults to, possibly no signature check at all.',
  references: ['RFC 7515 §4.1.1'],
  check(ctx) {
    return headersOf(ctx).flatMap((e) => {
      if (!('alg' in e.header)) {
        return [{ message: `${e.prefix}The header has no "alg", so nothing says how the token is signed.`, at: e.algAt }];
      }
      if (typeof e.alg !== 'string') {
        const shown = JSON.stringify(e.alg) ?? String(e.alg);
        return [{ message: `${e.prefix}"alg" is ${shown}, not a string naming an algorithm.`, at: e.algAt }];
      }
      return [];
    });
  },
};

function headersOf(ctx: RuleContext): SignedEntry[] {
  if (ctx.token.kind === 'jwe' && ctx.header) {
    return [{ header: ctx.header, alg: ctx.header.alg, bytes: new Uint8Array(), raw: '', algAt: segmentAt(ctx, 'header'), prefix: '' }];
  }
  return algHeaders(ctx);
}
