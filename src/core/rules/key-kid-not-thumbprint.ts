import type { LintRule, RuleHit } from './types';
import { userKeys } from './context';

/** The shape of a SHA-256 JWK thumbprint: 32 bytes in base64url. */
const THUMBPRINT_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export const keyKidNotThumbprint: LintRule = {
  id: 'key-kid-not-thumbprint',
  severity: 'info',
  input: 'T+K',
  keyAlone: true,
  title: 'kid looks like a thumbprint but is not this key\'s',
  explanation:
    'A key\'s `kid` has the shape of an RFC 7638 SHA-256 thumbprint (43 base64url characters) but is not the thumbprint of the key itself. ' +
    'Usually the key was rotated or edited while its `kid` was copied; lookups by thumbprint (`cnf.jkt`, `dpop_jkt`) then miss it. Any other `kid` raises nothing.',
  references: ['RFC 7638 §3', 'RFC 8037 §2', "RFC 9964 'AKP Thumbprints'", 'RFC 7517 §4.5'],
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const c of userKeys(ctx)) {
      if (c.kid === undefined || !THUMBPRINT_SHAPE.test(c.kid) || c.thumbprint === undefined || c.kid === c.thumbprint) continue;
      hits.push({ message: `The kid "${c.kid}" has the shape of a key thumbprint, but this key's RFC 7638 thumbprint is ${c.thumbprint}.` });
    }
    return hits;
  },
};
