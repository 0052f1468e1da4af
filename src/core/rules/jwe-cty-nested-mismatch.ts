import type { LintRule } from './types';
import { memberAt } from './context';
import { mediaType } from '../lint/typ';

export const jweCtyNestedMismatch: LintRule = {
  id: 'jwe-cty-nested-mismatch',
  severity: 'warning',
  input: 'T+D',
  title: 'JWE `cty` does not match what is inside',
  explanation:
    'A JWE that carries a signed JWT should say so with `cty: JWT`; a verifier following RFC 7519 reads a nested JWT without it as a claims set and fails, while a lenient one guesses. ' +
    'The reverse, `cty: JWT` over plain claims, lets a lenient library skip the inner signature step.',
  references: ['RFC 7519 §5.2', 'RFC 7519 §7.2 step 8', 'RFC 8725 §3.3'],
  check(ctx) {
    const d = ctx.decryption;
    if (d?.status !== 'decrypted') return [];
    const saysJwt = mediaType(ctx.header?.cty) === 'jwt';
    if (d.inner && !saysJwt) {
      const cty = ctx.header?.cty === undefined ? 'there is no `cty`' : `\`cty\` is ${JSON.stringify(ctx.header.cty)}`;
      return [{ message: `The decrypted content is a ${d.inner.kind === 'jws' ? 'signed JWT' : 'JWE'}, but ${cty}: it should be "JWT".`, at: memberAt(ctx, 'header', 'cty') ?? memberAt(ctx, 'header', 'enc') }];
    }
    if (!d.inner && saysJwt) {
      return [{ severity: 'error', message: '`cty` says the content is a JWT, but the decrypted content is not a compact JWS or JWE.', at: memberAt(ctx, 'header', 'cty') }];
    }
    return [];
  },
};
