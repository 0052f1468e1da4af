import type { LintRule } from './types';
import { memberAt } from './context';
import { classifyUrl } from '../lint/url-risk';

export const jkuPresent: LintRule = {
  id: 'jku-present',
  severity: 'warning',
  input: 'T',
  title: 'Token names a key URL (jku)',
  explanation:
    'The header\'s `jku` is a URL where the verifier is invited to download the signing keys. ' +
    'A verifier that follows it lets the token choose its own key (attacker-hosted JWK Set) and can be made to fetch internal URLs (SSRF). This inspector never fetches it.',
  references: [
    'RFC 7515 §4.1.2',
    'RFC 8725 §2.9, §3.10',
    "PS:jwt 'Injecting self-signed JWTs via the jku parameter'",
    "OWASP JWT CS 'Trusting key material…'",
  ],
  check(ctx) {
    if (!ctx.header || !Object.hasOwn(ctx.header, 'jku')) return [];
    const at = memberAt(ctx, 'header', 'jku');
    const url = typeof ctx.header.jku === 'string' ? classifyUrl(ctx.header.jku) : undefined;
    if (!url) {
      return [{ message: `The header's \`jku\` (${JSON.stringify(ctx.header.jku)?.slice(0, 80)}) asks verifiers to fetch keys from it; it was not fetched.`, at }];
    }
    const path = url.path && url.path !== '/' ? ` (path ${url.path.slice(0, 80)})` : '';
    return [
      {
        message: `The header's \`jku\` asks verifiers to download keys from ${url.scheme}://${url.host}${path}; not fetched here, and a verifier should only use URLs it already trusts.`,
        at,
      },
    ];
  },
};
