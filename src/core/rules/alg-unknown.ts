import type { LintRule, RuleHit } from '../types';
import { algorithms, algorithmOf } from '../algorithms';
import { algHeaders, showAlg } from './context';
import { isNoneVariant } from './alg-none-variant';

/** JWE key-management algorithms (RFC 7518 §4.1): wrong in a 3-part token. */
const JWE_ALGS = new Set([
  'RSA1_5',
  'RSA-OAEP',
  'RSA-OAEP-256',
  'RSA-OAEP-384',
  'RSA-OAEP-512',
  'A128KW',
  'A192KW',
  'A256KW',
  'dir',
  'ECDH-ES',
  'ECDH-ES+A128KW',
  'ECDH-ES+A192KW',
  'ECDH-ES+A256KW',
  'A128GCMKW',
  'A192GCMKW',
  'A256GCMKW',
  'PBES2-HS256+A128KW',
  'PBES2-HS384+A192KW',
  'PBES2-HS512+A256KW',
]);

/** Post-quantum signatures still in draft for JOSE. */
const DRAFT_ALGS = new Set(['ML-DSA-44', 'ML-DSA-65', 'ML-DSA-87']);

export const algUnknown: LintRule = {
  id: 'alg-unknown',
  severity: 'warning',
  input: 'T',
  title: 'Unregistered signature algorithm',
  explanation:
    'The alg is not a registered JWS signature algorithm: a typo ("hs256", "RS256 "), a made-up name, or an encryption algorithm in a signed token. Libraries disagree on what to do with it, and a probing attacker may be testing which one you use.',
  references: ['RFC 7515 §4.1.1', 'RFC 7518 §3.1', 'RFC 8812', 'RFC 9864'],
  check(ctx) {
    const out: RuleHit[] = [];
    for (const e of algHeaders(ctx)) {
      const alg = e.alg;
      if (typeof alg !== 'string' || algorithmOf(alg) || isNoneVariant(alg)) continue;
      const shown = showAlg(alg);
      if (DRAFT_ALGS.has(alg)) {
        out.push({ message: `${e.prefix}"alg" ${shown} is only a draft for JOSE; few libraries verify it yet.`, severity: 'info', at: e.algAt });
      } else if (JWE_ALGS.has(alg)) {
        out.push({ message: `${e.prefix}"alg" ${shown} is an encryption algorithm, but this is a signed 3-part token.`, at: e.algAt });
      } else {
        const near = closest(alg);
        const hint = near ? ` (did you mean "${near}"?)` : '';
        out.push({ message: `${e.prefix}"alg" ${shown} is not a registered signature algorithm${hint}.`, at: e.algAt });
      }
    }
    return out;
  },
};

function closest(alg: string): string | undefined {
  const folded = alg.trim().toLowerCase();
  return algorithms.find((a) => a.alg !== 'none' && a.alg.toLowerCase() === folded)?.alg;
}
