import type { LintRule } from './types';
import { userKeys } from './context';

export const jwksMixedPrivate: LintRule = {
  id: 'jwks-mixed-private',
  severity: 'warning',
  input: 'T+K',
  keyAlone: true,
  title: 'Key set mixes private and public keys',
  explanation:
    'The JWK Set you supplied holds at least one key with private or secret material (`d`, `p`, `q`, `dp`, `dq`, `qi`, `oth`, `priv`, or an `oct` key) next to public-only keys. ' +
    'That is a private key store published as a key set, or a shared secret inside a verification set, which lets an HS-signed token verify against it (key-type confusion).',
  references: ['RFC 7517 §5', 'RFC 7518 §6.2.2, §6.3.2, §6.4', 'Wycheproof json_web_key_test.json #1'],
  check(ctx) {
    // A JWK Set ({"keys": [...]}); a bare array is several keys handed over together.
    if (ctx.keys.kind !== 'jwks' || !ctx.keyText.trim().startsWith('{')) return [];
    // The private key that decrypted the token is the one a set of the recipient's key and the
    // signer's public key is meant to hold (design.md, "Keys for a nested JWE").
    const decrypting = ctx.decryption?.status === 'decrypted' ? ctx.decryption.keyUsed : undefined;
    const keys = userKeys(ctx).filter((c) => c.label !== decrypting);
    const secret = keys.filter((c) => c.kty === 'oct' || c.hadPrivate);
    const open = keys.filter((c) => c.kty !== 'oct' && !c.hadPrivate);
    if (!secret.length || !open.length) return [];
    const names = secret.slice(0, 3).map((c) => `${c.label} (${c.kty === 'oct' ? 'a shared secret' : 'private'})`);
    const more = secret.length > 3 ? ', …' : '';
    return [{ message: `Your JWK Set mixes ${open.length} public ${open.length === 1 ? 'key' : 'keys'} with private or secret material: ${names.join(', ')}${more}.` }];
  },
};
