import type { LintRule, RuleHit } from './types';
import { memberAt } from './context';
import { chainsOf, verifyingThumbprint, type CertChain } from './context/certs';

export const certChainOrder: LintRule = {
  id: 'cert-chain-order',
  severity: 'warning',
  input: 'T+K',
  keyAlone: true,
  title: 'Certificate chain out of order',
  explanation:
    'An `x5c` array (in the header or a JWK) or a pasted bundle of certificates must list the key\'s own certificate first, then each issuer in turn: every certificate is signed by the next one, which it names as its issuer. ' +
    'Strict validators reject a chain out of order or with repeats; lax ones build their own path or take the wrong certificate\'s key.',
  references: ['RFC 7515 §4.1.6', 'RFC 7517 §4.7', 'RFC 5280 §6.1'],
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const chain of chainsOf(ctx, 'key', 'jwk', 'header')) {
      if (chain.certs.length < 2) continue;
      const at = chain.origin === 'header' ? memberAt(ctx, 'header', 'x5c') : undefined;
      const misplaced = keyPosition(ctx, chain);
      if (misplaced) {
        const whose = chain.origin === 'jwk' ? "JWK's own key" : 'key that verified the token';
        hits.push({ severity: 'error', message: `In ${chain.where}, the certificate of the ${whose} is #${misplaced}; it must come first.`, at });
      }
      const problems = orderProblems(chain);
      if (problems.length) hits.push({ message: `In ${chain.where}, the certificates are not an ordered chain: ${problems.join('; ')}.`, at });
    }
    return hits;
  },
};

/** The 1-based position of the signing key's certificate when it is not the first. */
function keyPosition(ctx: Parameters<LintRule['check']>[0], chain: CertChain): number | undefined {
  const key = chain.origin === 'jwk' ? chain.owner : verifyingThumbprint(ctx);
  if (!key || chain.certs[0]?.thumbprint === key) return undefined;
  const index = chain.certs.findIndex((c) => c.thumbprint === key);
  return index > 0 ? index + 1 : undefined;
}

function orderProblems(chain: CertChain): string[] {
  const out: string[] = [];
  chain.links.forEach((link, i) => {
    if (link === 'other-issuer') out.push(`certificate #${i + 2} is not the issuer named by certificate #${i + 1}`);
    if (link === 'bad-signature') out.push(`certificate #${i + 2} has the issuer's name, but certificate #${i + 1}'s signature does not verify with its key`);
  });
  chain.certs.forEach((cert, i) => {
    const first = chain.certs.findIndex((c) => c.der.length === cert.der.length && c.der.every((b, k) => b === cert.der[k]));
    if (first < i) out.push(`certificate #${i + 1} repeats #${first + 1}`);
  });
  return out;
}
