import type { LintRule } from './types';
import { memberAt, segmentAt } from './context';
import { headerTyp } from '../lint/typ';

/** Explicit types with a published profile, after lower-casing and dropping `application/`. */
const KNOWN = new Set([
  'jwt',
  'at+jwt',
  'dpop+jwt',
  'secevent+jwt',
  'logout+jwt',
  'oauth-authz-req+jwt',
  'token-introspection+jwt',
  'kb+jwt',
]);

export function isKnownTyp(typ: string): boolean {
  return KNOWN.has(typ) || /^[a-z0-9.-]+\+sd-jwt$/.test(typ);
}

export const typUnexpected: LintRule = {
  id: 'typ-unexpected',
  severity: 'info',
  input: 'T',
  title: 'Missing or unusual `typ`',
  explanation:
    'The `typ` header says what kind of token this is (a plain JWT, an access token, a DPoP proof...). ' +
    'Without explicit typing, a token issued for one purpose can be replayed where another kind is expected.',
  references: ['RFC 7515 §4.1.9', 'RFC 7519 §5.1', 'RFC 8725 §3.11'],
  check(ctx) {
    if (ctx.token.kind === 'malformed' || !ctx.header) return [];
    if (!Object.hasOwn(ctx.header, 'typ')) {
      return [{ message: 'The header has no `typ`, so nothing says what kind of token this is.', at: segmentAt(ctx, 'header') }];
    }
    const typ = headerTyp(ctx);
    const at = memberAt(ctx, 'header', 'typ');
    if (typ === undefined) return [{ message: '`typ` is not a string.', at }];
    if (isKnownTyp(typ)) return [];
    return [{ message: `\`typ\` "${String(ctx.header.typ)}" is not JWT or a known explicit token type.`, at }];
  },
};
