import type { LintRule } from './types';
import { algorithmOf } from '../algorithms';
import { algHeaders } from './context';

/** Why an algorithm with registered successors is not recommended, or undefined. */
function why(alg: unknown): string | undefined {
  const info = algorithmOf(alg);
  const [first, second] = info?.successors ?? [];
  if (!info || !first || !second) return undefined;
  if (info.family === 'EdDSA') return `is the polymorphic name, deprecated in favour of "${first}" or "${second}"`;
  if (info.family === 'RSA-PKCS1') return `uses PKCS#1 v1.5 signatures; ${first} or ${second} are preferred for new systems`;
  return `has successors: ${first} or ${second} are preferred for new systems`;
}

export const algNotRecommended: LintRule = {
  id: 'alg-not-recommended',
  severity: 'info',
  input: 'T',
  title: 'Algorithm no longer recommended',
  explanation:
    'The algorithm is still allowed but has better successors: "EdDSA" leaves the curve to the key (RFC 9864 prefers "Ed25519"/"Ed448"), and RS* uses the older PKCS#1 v1.5 padding. There is no direct attack; it is about future-proofing.',
  references: ['RFC 9864', "OWASP JWT CS 'Public-key Signatures' table"],
  check(ctx) {
    return algHeaders(ctx).flatMap((e) => {
      const reason = why(e.alg);
      return reason ? [{ message: `${e.prefix}"alg" "${String(e.alg)}" ${reason}.`, at: e.algAt }] : [];
    });
  },
};
