import type { LintRule } from './types';
import { isNoneAlg } from '../algorithms';
import { algHeaders, showAlg } from './context';

export const unsecuredWithSignature: LintRule = {
  id: 'unsecured-with-signature',
  severity: 'error',
  input: 'T',
  title: '"none" token that still carries a signature',
  explanation:
    'An unsecured token must have an empty signature. A "none" header followed by a signature usually means someone edited the header of a signed token and kept the old signature, hoping the verifier ignores it.',
  references: ['RFC 7518 §3.6 (JWS Signature MUST be empty)', 'RFC 7519 §6.1'],
  check(ctx) {
    return algHeaders(ctx)
      .filter((e) => isNoneAlg(e.alg) && e.raw !== '')
      .map((e) => ({
        message: `${e.prefix}"alg" is ${showAlg(e.alg)} but a signature is attached; the header was likely edited after signing.`,
        at: e.sigAt,
      }));
  },
};

