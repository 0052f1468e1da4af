import type { LintRule } from './types';
import { memberAt } from './context';
import { classifyUrl } from '../lint/url-risk';

export const x5uPresent: LintRule = {
  id: 'x5u-present',
  severity: 'warning',
  input: 'T',
  title: 'Token names a certificate URL (x5u)',
  explanation:
    'The header\'s `x5u` is a URL where the verifier is invited to download the signing certificate. ' +
    'A verifier that follows it lets the token supply its own certificate and can be made to fetch internal URLs (SSRF). This inspector never fetches it.',
  references: ['RFC 7515 §4.1.5', 'RFC 8725 §3.10', "OWASP JWT CS 'Trusting key material…'"],
  check(ctx) {
    if (!ctx.header || !Object.hasOwn(ctx.header, 'x5u')) return [];
    const url = typeof ctx.header.x5u === 'string' ? classifyUrl(ctx.header.x5u) : undefined;
    const where = url ? `${url.scheme}://${url.host}` : JSON.stringify(ctx.header.x5u)?.slice(0, 80);
    return [
      {
        message: `The header's \`x5u\` asks verifiers to fetch a certificate from ${where}; it was not fetched.`,
        at: memberAt(ctx, 'header', 'x5u'),
      },
    ];
  },
};
