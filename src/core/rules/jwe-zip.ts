import type { LintRule } from './types';
import { memberAt } from './context';

export const jweZip: LintRule = {
  id: 'jwe-zip',
  severity: 'warning',
  input: 'T',
  title: 'Compressed JWE (`zip`)',
  explanation:
    'The content is compressed before encryption. A small token can inflate to gigabytes when the recipient decompresses it (a decompression bomb), ' +
    'and compressing secrets next to attacker-chosen data leaks them through the ciphertext length.',
  references: [
    'RFC 7516 §4.1.3',
    'RFC 8725 §2.4',
    'RFC 8725 §3.6',
    "8725bis 'Limit JWE Decompression Size'",
    'CVE-2024-33664',
    'CVE-2024-28102',
    'CVE-2024-21319',
    'CVE-2024-28180',
  ],
  check(ctx) {
    if (ctx.token.kind !== 'jwe' || !ctx.header || !Object.hasOwn(ctx.header, 'zip')) return [];
    return [
      {
        message: `\`zip\` ${JSON.stringify(ctx.header.zip)}: the recipient decompresses attacker-sized data, so it must cap the output (about 250 KB).`,
        at: memberAt(ctx, 'header', 'zip'),
      },
    ];
  },
};
