import type { LintRule } from './types';
import { algHeaders } from './context';

export const algNone: LintRule = {
  id: 'alg-none',
  severity: 'error',
  input: 'T',
  title: 'Unsigned token (alg "none")',
  explanation:
    'With "alg": "none" the token carries no signature, so anyone can write any claims into it. A verifier that trusts the header accepts such a forged token as genuine; this is the classic signature-stripping attack.',
  references: [
    'RFC 7519 §6',
    'RFC 7518 §3.6',
    'RFC 8725 §2.1, §3.2',
    'draft-ietf-jose-deprecate-none-rsa15',
    'CVE-2015-2951',
    'CVE-2018-1000531',
    'CVE-2020-15957',
    'CVE-2021-29451',
    'CVE-2022-23540',
    'CVE-2023-29357',
    'CVE-2026-28802',
    "PS:jwt 'Accepting tokens with no signature'",
    "OWASP JWT CS 'Unsecured JWTs'",
  ],
  check(ctx) {
    return algHeaders(ctx)
      .filter((e) => e.alg === 'none')
      .map((e) => ({
        message: `${e.prefix}"alg" is "none": this token is not signed and anyone could have written it.`,
        at: e.algAt,
      }));
  },
};
