import type { LintRule, RuleHit } from './types';
import { memberAt, valueAt } from './context';
import { headerX5c } from '../lint/x5c';
import { sha1 } from '@noble/hashes/legacy.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { decodeBase64url } from '../parse/base64url';
import { equalBytes } from '../crypto/hmac';

const PARAMS = [
  { name: 'x5t', hash: sha1, bytes: 20, label: 'SHA-1' },
  { name: 'x5t#S256', hash: sha256, bytes: 32, label: 'SHA-256' },
] as const;

export const x5tMismatch: LintRule = {
  id: 'x5t-mismatch',
  severity: 'error',
  input: 'T',
  title: 'Certificate thumbprint mismatch',
  explanation:
    'The `x5t` (SHA-1) or `x5t#S256` (SHA-256) thumbprint does not match the first certificate in `x5c`, or does not have the length of such a hash. ' +
    'Verifiers that look keys up by thumbprint and those that use the embedded chain then pick different keys, which is how key-selection confusion attacks work.',
  references: ['RFC 7515 §4.1.7, §4.1.8'],
  check(ctx) {
    if (!ctx.header) return [];
    const chain = headerX5c(ctx);
    const leaf = chain?.ok ? chain.entries[0]?.der : undefined;
    const hits: RuleHit[] = [];
    for (const p of PARAMS) {
      if (!Object.hasOwn(ctx.header, p.name)) continue;
      const at = valueAt(ctx, 'header', p.name) ?? memberAt(ctx, 'header', p.name);
      const value = ctx.header[p.name];
      const decoded = typeof value === 'string' ? decodeBase64url(value) : undefined;
      const bytes = decoded && !decoded.issues.includes('invalid-char') ? decoded.bytes : undefined;
      if (!bytes || bytes.length !== p.bytes) {
        const got = bytes ? `${bytes.length} bytes` : 'not base64url';
        hits.push({ message: `The header's \`${p.name}\` should be a ${p.bytes}-byte ${p.label} thumbprint in base64url, but it is ${got}.`, at });
      } else if (leaf && !equalBytes(bytes, p.hash(leaf))) {
        hits.push({ message: `The header's \`${p.name}\` is not the ${p.label} thumbprint of the first \`x5c\` certificate.`, at });
      }
    }
    return hits;
  },
};
