import type { LintRule } from './types';
import { segmentAt } from './context';
import { EMPTY_KEY_SOURCE } from '../secrets/weak';

export const hmacSecretEmpty: LintRule = {
  id: 'hmac-secret-empty',
  severity: 'error',
  input: 'T',
  untrusted: {
    headline: 'Forgeable: it verifies with an empty secret',
    text: 'It verifies with an empty secret, so anyone can sign tokens like this one.',
  },
  title: 'Signed with an empty key',
  explanation:
    'The HMAC signature verifies with the empty key, which HMAC treats the same as any run of zero bytes up to the hash block size (64 bytes for HS256). ' +
    'That is what a server produces when its secret is missing from the configuration, or when a `kid` points at an empty file such as /dev/null; anyone can sign such tokens.',
  references: ['CVE-2019-20933', 'CVE-2020-28637 (as listed by jwt_tool)', 'GHSA-gmvf-9v4p-v8jc', 'RFC 2104 §2 (key padding)'],
  check(ctx) {
    const weak = ctx.weakSecret;
    if (weak?.source !== EMPTY_KEY_SOURCE) return [];
    return [
      {
        message: `This ${weak.alg} signature is made with an empty key (or all-zero bytes): anyone can forge tokens like it.`,
        at: segmentAt(ctx, 'signature'),
      },
    ];
  },
};
