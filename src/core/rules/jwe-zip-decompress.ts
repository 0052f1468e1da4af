import type { LintRule } from './types';
import { memberAt } from './context';

export const jweZipDecompress: LintRule = {
  id: 'jwe-zip-decompress',
  severity: 'error',
  input: 'T+D',
  title: 'Compressed JWE content that does not inflate safely',
  explanation:
    'With `zip: DEF` the plaintext is raw DEFLATE. A few kilobytes can inflate to gigabytes (a decompression bomb), so the app stops at a size limit (250,000 bytes unless set otherwise) and shows no payload; ' +
    'content that is not raw DEFLATE (zlib- or gzip-wrapped, or corrupt) is a producer bug some libraries tolerate and others reject.',
  references: ['RFC 7516 §4.1.3', 'RFC 1951', "8725bis 'Limit JWE Decompression Size'", 'CVE-2024-33664', 'CVE-2024-28180', 'go-jose v4.0.1 release notes'],
  check(ctx) {
    const zip = ctx.decryption?.zip;
    if (!zip?.problem) return [];
    const sizes = `${zip.compressed.toLocaleString('en-US')} bytes compressed`;
    const message =
      zip.problem === 'limit'
        ? `The content (${sizes}) inflates past the limit of ${zip.cap.toLocaleString('en-US')} bytes; it was stopped there and is not shown.`
        : `The content (${sizes}) is not raw DEFLATE: it may be zlib- or gzip-wrapped, or corrupt, so libraries disagree on it.`;
    return [{ message, at: memberAt(ctx, 'header', 'zip') }];
  },
};
