import type { LintRule, RuleHit } from './types';
import { memberAt, userKeys, valueAt } from './context';
import { isJwsLike } from '../lint/typ';
import { halfHash, tokenHashFunction } from '../related/hashes';

/** The hash claims and what each is taken over (OIDC Core §3.3.2.11, FAPI 1.0 §5.1 for s_hash). */
const CLAIMS = [
  ['at_hash', 'access token'],
  ['c_hash', 'code'],
  ['s_hash', 'state'],
] as const;

export const idtTokenHash: LintRule = {
  id: 'idt-token-hash',
  severity: 'error',
  input: 'T+R',
  title: 'ID token hash does not match the related value',
  explanation:
    'An ID token issued next to an access token or code carries `at_hash` or `c_hash`: the left half of a hash of that value, with the hash of the token\'s `alg`. ' +
    'When neither matches the value given in Related token, that token or code was swapped in next to a genuine ID token (access-token substitution, code injection).',
  references: ['OIDC Core §3.1.3.6', 'OIDC Core §3.1.3.8', 'OIDC Core §3.2.2.9', 'OIDC Core §3.2.2.10', 'OIDC Core §3.3.2.10', 'OIDC Core §3.3.2.11', 'OIDC THA'],
  check(ctx) {
    const p = ctx.payload;
    if (ctx.related === undefined || !p || !isJwsLike(ctx) || ctx.profile.dpop) return [];
    const present = CLAIMS.filter(([name]) => typeof p[name] === 'string');
    if (!ctx.profile.idToken && present.length === 0) return [];
    if (present.length === 0) {
      return [{ message: 'The ID token has no `at_hash` or `c_hash` to compare the related value with (they are required only in the implicit and hybrid flows).', severity: 'info' }];
    }
    const alg = typeof ctx.header?.alg === 'string' ? ctx.header.alg : '';
    if (alg.toLowerCase() === 'none') return [{ message: 'With `alg` none no hash function is named, so the hashes were not checked.', severity: 'info', at: memberAt(ctx, 'header', 'alg') }];
    const crv = userKeys(ctx).find((k) => k.crv === 'Ed25519' || k.crv === 'Ed448')?.crv;
    const fn = tokenHashFunction(alg, crv);
    if (!fn) return [{ message: `\`alg\` ${alg} names no hash function for \`at_hash\` / \`c_hash\`, so they were not checked.`, severity: 'info', at: memberAt(ctx, 'header', 'alg') }];
    const hits: RuleHit[] = [];
    if (alg === 'EdDSA' && !crv) hits.push({ message: '`alg` EdDSA without a key naming its curve: SHA-512 (Ed25519) was assumed.', severity: 'info' });
    const related = ctx.related;
    if (present.some(([name]) => p[name] === halfHash(fn, related))) return hits;
    const names = present.map(([name, what]) => `\`${name}\` (${what})`).join(' or ');
    hits.push({ message: `The related value does not match ${names}, hashed with ${fn} for \`alg\` ${alg}: it is not the value this ID token was issued with.`, at: valueAt(ctx, 'payload', present[0]![0]) });
    return hits;
  },
};
