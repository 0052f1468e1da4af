import type { LintRule } from './types';
import { hmacEntry, memberAt, userKeys, valueAt } from './context';

const HINTS = ['jwk', 'x5c', 'x5t', 'x5t#S256', 'x5u', 'jku'];

export const algHsWithAsymmetricHints: LintRule = {
  id: 'alg-hs-with-asymmetric-hints',
  severity: 'warning',
  input: 'T',
  title: 'HMAC token pointing at a public key',
  explanation:
    'The token claims an HMAC algorithm (HS*) yet names a public key: a certificate, a key URL or a JWK, or a `kid` that belongs to an RSA/EC key. ' +
    'Honest issuers never mix the two; this is the fingerprint of an algorithm-confusion attempt, where the public key is used as the HMAC secret.',
  references: ['RFC 8725 §2.1', 'PS:algorithm-confusion'],
  check(ctx) {
    const hs = hmacEntry(ctx);
    if (!hs) return [];
    const header = hs.entry.header;
    const present = HINTS.filter((h) => Object.hasOwn(header, h));
    const hits = [];
    if (present.length) {
      const names = present.map((h) => `\`${h}\``).join(', ');
      hits.push({
        message: `The token says ${hs.alg} (a shared secret) but its header carries ${names}, which describe a public key.`,
        at: memberAt(ctx, 'header', present[0]!),
      });
    }
    const kid = header.kid;
    const named = ctx.keys.kind === 'jwks' && typeof kid === 'string' ? userKeys(ctx).find((c) => c.kid === kid && c.kty !== 'oct') : undefined;
    if (named) {
      hits.push({
        message: `The token says ${hs.alg} but its \`kid\` "${String(kid)}" names an ${named.kty} public key in your key set.`,
        at: valueAt(ctx, 'header', 'kid'),
      });
    }
    return hits;
  },
};
