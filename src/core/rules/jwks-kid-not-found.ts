import type { LintRule } from './types';
import { segmentAt, signedAlg, userKeys, valueAt } from './context';
import { unsuitable } from '../verify/suitability';

export const jwksKidNotFound: LintRule = {
  id: 'jwks-kid-not-found',
  severity: 'warning',
  input: 'T+K',
  title: 'kid not in the key set',
  explanation:
    'The token\'s `kid` names no key in the JWK Set you supplied, or the token has no `kid` while several keys could sign it. ' +
    'Verifiers then fall back to trying every key or to the first one, which hides key-rotation mistakes and widens what they accept.',
  references: ['RFC 7515 §4.1.4, §6', 'RFC 7517 §5'],
  check(ctx) {
    const signed = signedAlg(ctx);
    if (!signed || ctx.keys.kind !== 'jwks') return [];
    const keys = userKeys(ctx);
    const kid = signed.entry.header.kid;
    if (typeof kid === 'string') {
      if (keys.some((c) => c.kid === kid)) return [];
      const known = keys.flatMap((c) => (c.kid !== undefined ? [`"${c.kid}"`] : []));
      const list = known.length ? `; the set has ${known.slice(0, 5).join(', ')}${known.length > 5 ? ', …' : ''}` : '; no key in the set has a kid';
      return [{ message: `No key in your JWK Set has kid "${kid}"${list}.`, at: valueAt(ctx, 'header', 'kid') }];
    }
    if (kid !== undefined) return [];
    // Keys that could verify this alg: an encryption key (`use: enc`, an RSA-OAEP `alg`) or one on
    // another curve is not a candidate (RFC 7517 §4.2, §4.4).
    const fitting = keys.filter((c) => !unsuitable(c, signed.info));
    if (fitting.length < 2) return [];
    return [
      {
        message: `The token has no \`kid\` and ${fitting.length} keys in your set could verify ${signed.info.alg}, so which one was meant is ambiguous.`,
        at: valueAt(ctx, 'header', 'alg') ?? segmentAt(ctx, 'header'),
      },
    ];
  },
};
