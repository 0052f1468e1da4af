import type { LintRule } from './types';
import { segmentAt } from './context';

export const sigNotVerified: LintRule = {
  id: 'sig-not-verified',
  severity: 'info',
  input: 'T',
  title: 'Signature not checked',
  explanation:
    'Decoding a token is not verifying it: without the issuer\'s key or secret, anyone could have written these claims. ' +
    'Nothing in the header or payload is authenticated until the signature checks out.',
  references: ['RFC 7519 §7.2', "PS:jwt 'Exploiting flawed JWT signature verification'"],
  check(ctx) {
    if (ctx.token.kind !== 'jws') return [];
    const { status } = ctx.verdict;
    if (status !== 'no-key' && status !== 'key-mismatch' && status !== 'unsupported') return [];
    const why =
      status === 'no-key'
        ? ctx.keys.kind === 'none'
          ? 'no key or secret was given'
          : ctx.keys.candidates.length === 0
            ? 'the key given could not be read'
            : 'the payload it signs is detached and was not supplied'
        : status === 'key-mismatch'
          ? 'the key given cannot be used with this token'
          : 'its algorithm cannot be checked here';
    return [
      {
        message: `The signature was not checked because ${why}, so none of these claims can be trusted yet.`,
        at: segmentAt(ctx, 'signature'),
      },
    ];
  },
};
