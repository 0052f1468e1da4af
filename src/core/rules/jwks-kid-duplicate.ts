import type { LintRule, RuleHit } from './types';
import { userKeys } from './context';
import type { KeyCandidate } from '../keys/types';

export const jwksKidDuplicate: LintRule = {
  id: 'jwks-kid-duplicate',
  severity: 'warning',
  input: 'T+K',
  keyAlone: true,
  title: 'Two keys in the set share a kid',
  explanation:
    'Two or more keys of the JWK Set you supplied have the same `kid` and the same key type but different key material. ' +
    'Verifiers then take the first, the last, or try them all: whoever can add a key to the set, or a rotation bug, shadows the real one. ' +
    'The same `kid` on keys of different types (allowed), or on byte-identical copies, is reported as info.',
  references: ['RFC 7517 §4.5, §5', 'RFC 7515 §4.1.4', 'Wycheproof json_web_key_test.json #4'],
  check(ctx) {
    if (ctx.keys.kind !== 'jwks') return [];
    const byKid = new Map<string, KeyCandidate[]>();
    for (const c of userKeys(ctx)) if (c.kid !== undefined) byKid.set(c.kid, [...(byKid.get(c.kid) ?? []), c]);
    const hits: RuleHit[] = [];
    for (const [kid, keys] of byKid) {
      if (keys.length < 2) continue;
      const clash = keys.some((a, i) => keys.slice(i + 1).some((b) => a.kty === b.kty && a.thumbprint !== b.thumbprint));
      const types = keys.map((c) => c.kty).join(', ');
      if (clash) {
        hits.push({ message: `${keys.length} keys in your JWK Set have kid "${kid}" (${types}) with different key material, so which one verifies is up to the library.` });
      } else {
        const why = new Set(keys.map((c) => c.kty)).size > 1 ? 'keys of different types, which is allowed' : 'copies of the same key';
        hits.push({ message: `${keys.length} keys in your JWK Set have kid "${kid}" (${types}): ${why}.`, severity: 'info' });
      }
    }
    return hits;
  },
};
