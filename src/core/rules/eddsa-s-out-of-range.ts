import type { LintRule, RuleHit } from './types';
import { keyFor, signedEntries } from './context';
import { eddsaScalar } from '../lint/signature-shape';

export const eddsaSOutOfRange: LintRule = {
  id: 'eddsa-s-out-of-range',
  severity: 'error',
  input: 'T',
  title: 'EdDSA S not below the group order',
  explanation:
    'An Ed25519 or Ed448 signature must have its S half below the group order L. A larger S is the same signature made malleable: verifiers that skip the S < L check accept it, so one token gets several valid forms.',
  references: ['RFC 8032 §5.1.7, §5.2.7', 'RFC 8037 §3.1'],
  check(ctx) {
    const out: RuleHit[] = [];
    for (const e of signedEntries(ctx)) {
      if (e.raw === '') continue;
      const scalar = eddsaScalar(e.alg, e.bytes, keyFor(ctx, e.header, 'OKP')?.crv);
      if (!scalar || scalar.s < scalar.L) continue;
      out.push({
        message: `${e.prefix}The ${scalar.curve} signature's S value is not below the group order L; no conforming signer produces that.`,
        at: e.sigAt,
      });
    }
    return out;
  },
};
