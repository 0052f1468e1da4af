import type { LintRule, RuleContext, RuleHit } from './types';
import { certLabel, chainsOf, day } from './context/certs';
import type { CertificateInfo } from '../keys/x509';

export const certValidityPeriod: LintRule = {
  id: 'cert-validity-period',
  severity: 'warning',
  input: 'T+K+C',
  keyAlone: true,
  title: 'Certificate outside its validity period',
  explanation:
    'A certificate you supplied as the key, or in a supplied JWK\'s `x5c`, has expired or is not valid yet at the inspection time (with the leeway). ' +
    'A verifier that checks dates rejects the key; one that does not keeps trusting a retired key, which is what rotation was meant to stop.',
  references: ['RFC 5280 §4.1.2.5, §6.1.3'],
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const chain of chainsOf(ctx, 'key', 'jwk')) {
      chain.certs.forEach((cert, i) => {
        const { notBefore, notAfter } = cert.info;
        const label = certLabel(chain, i);
        if (notAfter !== undefined && ctx.now > notAfter + ctx.leeway) {
          hits.push({ message: `${label} expired on ${day(notAfter)}.${iatNote(ctx, cert.info)}` });
        } else if (notBefore !== undefined && ctx.now < notBefore - ctx.leeway) {
          hits.push({ message: `${label} is not valid before ${day(notBefore)}.${iatNote(ctx, cert.info)}` });
        }
      });
    }
    return hits;
  },
};

/** Whether the token's iat lies inside the certificate's validity period (nothing without one). */
function iatNote(ctx: RuleContext, cert: CertificateInfo): string {
  const iat = ctx.payload?.iat;
  if (typeof iat !== 'number' || !Number.isFinite(iat)) return '';
  const inside = (cert.notBefore === undefined || iat >= cert.notBefore) && (cert.notAfter === undefined || iat <= cert.notAfter);
  return inside
    ? ` The token's \`iat\` (${day(iat)}) lies inside its validity period.`
    : ` The token's \`iat\` (${day(iat)}) lies outside its validity period too.`;
}
