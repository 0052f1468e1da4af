import type { LintRule, RuleHit } from './types';
import type { Span } from '../report';
import { memberAt, valueAt } from './context';
import { chainsOf } from './context/certs';
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
    'The `x5t` (SHA-1) or `x5t#S256` (SHA-256) thumbprint does not match the first certificate in `x5c`, or does not have the length of such a hash; in the token\'s header, or in a JWK you supplied (against that JWK\'s own `x5c`). ' +
    'Verifiers that look keys up by thumbprint and those that use the embedded chain then pick different keys, which is how key-selection confusion attacks work.',
  references: ['RFC 7515 §4.1.7, §4.1.8'],
  keyAlone: true,
  check(ctx) {
    const hits: RuleHit[] = [];
    // rules-next.md, Contract notes: a supplied JWK's x5t / x5t#S256 against its own x5c[0].
    for (const chain of chainsOf(ctx, 'jwk')) {
      const members = chain.thumbprintMembers;
      if (members) hits.push(...thumbprintHits(members, chain.certs[0]?.der, `next to ${chain.where}`));
    }
    if (!ctx.header) return hits;
    const chain = headerX5c(ctx);
    const leaf = chain?.ok ? chain.entries[0]?.der : undefined;
    hits.push(...thumbprintHits(ctx.header, leaf, 'in the header', (name) => valueAt(ctx, 'header', name) ?? memberAt(ctx, 'header', name)));
    return hits;
  },
};

/** The x5t / x5t#S256 members of `holder` that are not a hash of the right length, or not the
 * hash of `leaf` (the first x5c certificate) when there is one. */
function thumbprintHits(holder: Record<string, unknown>, leaf: Uint8Array | undefined, where: string, atOf?: (name: string) => Span | undefined): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const p of PARAMS) {
    if (!Object.hasOwn(holder, p.name)) continue;
    const at = atOf?.(p.name);
    const value = holder[p.name];
    const decoded = typeof value === 'string' ? decodeBase64url(value) : undefined;
    const bytes = decoded && !decoded.issues.includes('invalid-char') ? decoded.bytes : undefined;
    if (!bytes || bytes.length !== p.bytes) {
      const got = bytes ? `${bytes.length} bytes` : 'not base64url';
      hits.push({ message: `The \`${p.name}\` ${where} should be a ${p.bytes}-byte ${p.label} thumbprint in base64url, but it is ${got}.`, ...(at ? { at } : {}) });
    } else if (leaf && !equalBytes(bytes, p.hash(leaf))) {
      hits.push({ message: `The \`${p.name}\` ${where} is not the ${p.label} thumbprint of the first \`x5c\` certificate.`, ...(at ? { at } : {}) });
    }
  }
  return hits;
}
