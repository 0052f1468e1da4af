import type { LintRule } from './types';
import { memberAt } from './context';
import { isJwsLike } from '../lint/typ';

export const zipInJws: LintRule = {
  id: 'zip-in-jws',
  severity: 'warning',
  input: 'T',
  title: '`zip` in a signed token',
  explanation:
    '`zip` (compression) is defined only for encrypted tokens (JWE); in a signed token it has no meaning. ' +
    'A library that honours it anyway inflates attacker-chosen data and risks a decompression bomb.',
  references: ['RFC 7516 §4.1.3', "8725bis §2 'JWE Decompression Bomb Attack'"],
  check(ctx) {
    if (!isJwsLike(ctx) || !ctx.header || !Object.hasOwn(ctx.header, 'zip')) return [];
    return [
      {
        message: `The signed token has \`zip\` ${JSON.stringify(ctx.header.zip)}, which only encrypted tokens (JWE) may use.`,
        at: memberAt(ctx, 'header', 'zip'),
      },
    ];
  },
};
