import type { LintRule } from './types';
import { memberAt } from './context';
import { headerTyp } from '../lint/typ';

/** RFC 9068 §2.2: claims every JWT access token carries. */
const REQUIRED = ['iss', 'exp', 'aud', 'sub', 'client_id', 'iat', 'jti'];

export const typAtJwtClaimsMissing: LintRule = {
  id: 'typ-at-jwt-claims-missing',
  severity: 'error',
  input: 'T',
  title: 'Access token (at+jwt) lacks required claims',
  explanation:
    'A token typed `at+jwt` claims to follow the JWT access token profile, which requires iss, exp, aud, sub, client_id, iat and jti. ' +
    'Resource servers built on that profile fail open or closed unpredictably when one is missing.',
  references: ['RFC 9068 §2.1', 'RFC 9068 §2.2', 'RFC 9068 §4'],
  check(ctx) {
    if (headerTyp(ctx) !== 'at+jwt' || !ctx.payload) return [];
    const payload = ctx.payload;
    const missing = REQUIRED.filter((name) => !Object.hasOwn(payload, name));
    if (missing.length === 0) return [];
    return [
      {
        message: `\`typ\` is at+jwt but the payload lacks ${missing.map((n) => `\`${n}\``).join(', ')}, which RFC 9068 requires.`,
        at: memberAt(ctx, 'header', 'typ'),
      },
    ];
  },
};
