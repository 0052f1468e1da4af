import type { LintRule, RuleHit } from './types';
import { memberAt, segmentAt } from './context';
import { algorithms } from '../algorithms';
import { typOf } from '../claims/profile';
import { isObject } from '../parse/token-parts';

/** Why the proof's `jwk` cannot verify `alg`, or undefined when it fits (RFC 9449 §4.3 checks 5–7). */
function keyMisfit(alg: string, jwk: Record<string, unknown>): string | undefined {
  const info = algorithms.find((a) => a.alg === alg);
  if (!info?.kty) return undefined;
  const curves: readonly string[] | undefined = info.curves;
  const fits = jwk.kty === info.kty && (!curves || curves.includes(String(jwk.crv))) && (info.kty !== 'AKP' || jwk.alg === alg);
  if (fits) return undefined;
  const needs = info.curves ? `${info.kty} ${info.curves.join(' or ')}` : info.kty;
  return `\`alg\` ${alg} needs a ${needs} key, but the \`jwk\` is ${String(jwk.kty)}${typeof jwk.crv === 'string' ? ` ${jwk.crv}` : ''}.`;
}

export const dpopHeaderInvalid: LintRule = {
  id: 'dpop-header-invalid',
  severity: 'error',
  input: 'T',
  title: 'DPoP proof header is not a proof header',
  explanation:
    'A DPoP proof must be typed `dpop+jwt`, carry its public key in `jwk`, and be signed with an asymmetric algorithm that fits that key. ' +
    'Anything else is another JWT passed off as a proof, or a proof that shows possession of no key (a MAC secret proves nothing the server can check).',
  references: ['RFC 9449 §4.2', 'RFC 9449 §4.3', 'RFC 9449 §11.5', 'RFC 9449 §11.6'],
  check(ctx) {
    const header = ctx.header;
    if (!ctx.profile.dpop || !header || ctx.token.kind !== 'jws') return [];
    const hits: RuleHit[] = [];
    if (typOf(header) !== 'dpop+jwt') {
      hits.push({ message: 'A DPoP proof must have `typ` dpop+jwt, so that no other JWT can be passed off as one.', at: memberAt(ctx, 'header', 'typ') ?? segmentAt(ctx, 'header') });
    }
    const jwk = header.jwk;
    if (!isObject(jwk) || typeof jwk.kty !== 'string') {
      hits.push({ message: 'A DPoP proof must carry its public key as a JWK object in `jwk`.', at: memberAt(ctx, 'header', 'jwk') ?? segmentAt(ctx, 'header') });
    }
    const alg = header.alg;
    if (typeof alg !== 'string' || alg.toLowerCase() === 'none') return hits;
    const info = algorithms.find((a) => a.alg === alg);
    const at = memberAt(ctx, 'header', 'alg');
    if (!info || info.family === 'HMAC' || !info.kty) {
      hits.push({ message: `\`alg\` ${alg} is not an asymmetric signature algorithm: a proof must be signed with the private key of its \`jwk\`.`, at });
    } else if (isObject(jwk) && typeof jwk.kty === 'string') {
      const misfit = keyMisfit(alg, jwk);
      if (misfit) hits.push({ message: misfit, at });
    }
    return hits;
  },
};
