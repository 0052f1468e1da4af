import type { LintRule, RuleHit } from './types';
import { memberAt, pastedJwk, userKeys, valueAt } from './context';
import { decodeStdBase64 } from '../crypto/pem';
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
    'The same holds for the `x5t` members of a JWK you supply, against that JWK\'s own `x5c`. ' +
    'Verifiers that look keys up by thumbprint and those that use the embedded chain then pick different keys, which is how key-selection confusion attacks work.',
  references: ['RFC 7515 §4.1.7, §4.1.8'],
  keyAlone: true,
  check(ctx) {
    const hits: RuleHit[] = [];
    if (ctx.header) {
      const chain = headerX5c(ctx);
      const leaf = chain?.ok ? chain.entries[0]?.der : undefined;
      for (const p of PARAMS) {
        if (!Object.hasOwn(ctx.header, p.name)) continue;
        const at = valueAt(ctx, 'header', p.name) ?? memberAt(ctx, 'header', p.name);
        const problem = thumbprintProblem(ctx.header[p.name], p, leaf);
        if (problem) hits.push({ message: `The header's ${problem}`, at });
      }
    }
    // rules-next O: the x5t / x5t#S256 members of a supplied JWK against that JWK's x5c[0].
    for (const c of userKeys(ctx)) {
      const jwk = pastedJwk(c);
      const x5c = jwk?.x5c;
      if (!jwk || !Array.isArray(x5c) || typeof x5c[0] !== 'string') continue;
      const leaf = certificateBytes(x5c[0]);
      for (const p of PARAMS) {
        const problem = Object.hasOwn(jwk, p.name) ? thumbprintProblem(jwk[p.name], p, leaf) : undefined;
        if (problem) hits.push({ message: `Your key (${c.label}): its ${problem}` });
      }
    }
    return hits;
  },
};

/** What is wrong with one thumbprint member against the first certificate (when known). */
function thumbprintProblem(value: unknown, p: (typeof PARAMS)[number], leaf: Uint8Array | undefined): string | undefined {
  const decoded = typeof value === 'string' ? decodeBase64url(value) : undefined;
  const bytes = decoded && !decoded.issues.includes('invalid-char') ? decoded.bytes : undefined;
  if (!bytes || bytes.length !== p.bytes) {
    const got = bytes ? `${bytes.length} bytes` : 'not base64url';
    return `\`${p.name}\` should be a ${p.bytes}-byte ${p.label} thumbprint in base64url, but it is ${got}.`;
  }
  if (leaf && !equalBytes(bytes, p.hash(leaf))) return `\`${p.name}\` is not the ${p.label} thumbprint of the first \`x5c\` certificate.`;
  return undefined;
}

/** DER of a base64 `x5c` entry; undefined when it is not base64 (x5c-malformed's business), so
 * then only the thumbprint's form is checked. */
function certificateBytes(entry: string): Uint8Array | undefined {
  try {
    return decodeStdBase64(entry);
  } catch {
    return undefined;
  }
}
