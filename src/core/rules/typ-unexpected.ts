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
  references: ['RFC 7515 §4.1.9', 'RFC 7519 §5.1', 'RFC 8725 §3.11', 'OIDC BCL §2.4', 'RFC 9101 §4'],
  check(ctx) {
    // A DPoP proof's typ is dpop-header-invalid's (rules-next.md M).
    if (ctx.token.kind === 'malformed' || !ctx.header || ctx.profile.dpop) return [];
    if (!Object.hasOwn(ctx.header, 'typ')) {
      return [{ message: 'The header has no `typ`, so nothing says what kind of token this is.', at: segmentAt(ctx, 'header') }];
    }
    const typ = headerTyp(ctx);
    const at = memberAt(ctx, 'header', 'typ');
    if (typ === undefined) return [{ message: '`typ` is not a string.', at }];
    // rules-next.md M: a logout token or request object typed as a plain JWT.
    const expected = ctx.profile.logoutToken ? 'logout+jwt' : ctx.profile.requestObject ? 'oauth-authz-req+jwt' : undefined;
    if (expected && typ === 'jwt') return [{ message: `\`typ\` is ${String(ctx.header.typ)}, but this token has the claims of a ${expected === 'logout+jwt' ? 'logout token' : 'request object'}; its own type is ${expected}.`, at }];
    if (isKnownTyp(typ)) return [];
    return [{ message: `\`typ\` "${String(ctx.header.typ)}" is not JWT or a known explicit token type.`, at }];
  },
};
