import type { LintRule } from '../types';
import { algHeaders } from './context';

const WHY: Record<string, string> = {
  EdDSA: 'is the polymorphic name, deprecated in favour of "Ed25519" or "Ed448"',
  RS256: 'uses PKCS#1 v1.5 signatures; PS256 or ES256 are preferred for new systems',
  RS384: 'uses PKCS#1 v1.5 signatures; PS384 or ES384 are preferred for new systems',
  RS512: 'uses PKCS#1 v1.5 signatures; PS512 or ES512 are preferred for new systems',
};

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
      const why = typeof e.alg === 'string' && Object.hasOwn(WHY, e.alg) ? WHY[e.alg] : undefined;
      return why ? [{ message: `${e.prefix}"alg" "${String(e.alg)}" ${why}.`, at: e.algAt }] : [];
    });
  },
};
