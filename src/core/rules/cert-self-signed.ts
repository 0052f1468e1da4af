import type { LintRule, RuleHit } from './types';
import { certLabel, chainsOf, verifyingThumbprint } from './context/certs';

export const certSelfSigned: LintRule = {
  id: 'cert-self-signed',
  severity: 'info',
  input: 'T+K',
  keyAlone: true,
  title: 'Self-signed certificate',
  explanation:
    'The certificate you supplied as the key names itself as its issuer and is signed with its own key. ' +
    'Nothing chains it to an issuer, so trust in it rests only on how you obtained this exact certificate (pinning).',
  references: ['RFC 5280 §3.2, §6.1'],
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const chain of chainsOf(ctx, 'key')) {
      // The certificate that is the key: the one that verified the token, else the first.
      const used = verifyingThumbprint(ctx);
      const index = Math.max(0, chain.certs.findIndex((c) => used !== undefined && c.thumbprint === used));
      const cert = chain.certs[index];
      if (cert?.selfIssued && cert.selfSignature === true) {
        hits.push({ message: `${certLabel(chain, index)} is self-signed: it names itself as issuer and its signature verifies with its own key.` });
      }
    }
    return hits;
  },
};
