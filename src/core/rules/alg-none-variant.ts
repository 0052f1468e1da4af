import type { LintRule } from './types';
import { algHeaders, showAlg } from './context';

export const algNoneVariant: LintRule = {
  id: 'alg-none-variant',
  severity: 'error',
  input: 'T',
  title: '"none" spelled differently',
  explanation:
    'The alg is "none" in another casing or with stray whitespace or NUL characters ("None", "NONE", " none"). It slips past code that blocks exactly "none" but later compares loosely, and then the token is accepted without a signature.',
  references: [
    'RFC 7515 §4.1.1 (case-sensitive)',
    "8725bis §2 'Algorithm Verification Code Not Defensively Written', §3.1 (allow-lists)",
    'jwt_tool -X a',
    'JWT Editor none attack',
  ],
  check(ctx) {
    return algHeaders(ctx)
      .filter((e) => isNoneVariant(e.alg))
      .map((e) => ({
        message: `${e.prefix}"alg" is ${showAlg(e.alg)}, a disguised "none": the token is unsigned and aims at loose algorithm checks.`,
        at: e.algAt,
      }));
  },
};

/** "none" in another casing and/or wrapped in whitespace or NUL, but not exactly "none". */
export function isNoneVariant(alg: unknown): boolean {
  return typeof alg === 'string' && alg !== 'none' && alg.replace(/^[\s\0]+|[\s\0]+$/g, '').toLowerCase() === 'none';
}
