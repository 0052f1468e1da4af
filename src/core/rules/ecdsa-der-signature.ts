import type { LintRule } from './types';
import { algorithmOf } from '../algorithms';
import { ecdsaEntries } from './context';

export const ecdsaDerSignature: LintRule = {
  id: 'ecdsa-der-signature',
  severity: 'error',
  input: 'T',
  title: 'ECDSA signature in DER form',
  explanation:
    'JWS requires ECDSA signatures as fixed-length r and s concatenated. This one is an ASN.1 DER structure, what OpenSSL and Java output by default: the signer forgot to convert it, or someone is probing for a lenient verifier (the psychic-signature payload is DER).',
  references: ['RFC 7518 §3.4'],
  check(ctx) {
    return ecdsaEntries(ctx)
      .filter(({ shape }) => shape.form === 'der')
      .map(({ entry }) => ({
        message: `${entry.prefix}The ${String(entry.alg)} signature is a ${entry.bytes.length}-byte DER structure instead of the ${algorithmOf(entry.alg)?.signatureLength}-byte r‖s form JWS requires.`,
        at: entry.sigAt,
      }));
  },
};
