import type { LintRule, RuleHit } from './types';
import { algorithmOf, closestAlgorithm, jwsAlgorithmOf, keyManagementOf } from '../algorithms';
import { algHeaders, showAlg } from './context';
import { isNoneVariant } from './alg-none-variant';

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
      if (jwsAlgorithmOf(alg)) {
        // Registered but not verifiable by this build (none today: ML-DSA is verified since
        // issue 12).
        out.push({ message: `${e.prefix}"alg" ${shown} is a registered algorithm this tool cannot verify.`, severity: 'info', at: e.algAt });
      } else if (keyManagementOf(alg)) {
        out.push({ message: `${e.prefix}"alg" ${shown} is an encryption algorithm, but this is a signed 3-part token.`, at: e.algAt });
      } else {
        const near = closestAlgorithm(alg)?.alg;
        const hint = near ? ` (did you mean "${near}"?)` : '';
        out.push({ message: `${e.prefix}"alg" ${shown} is not a registered signature algorithm${hint}.`, at: e.algAt });
      }
    }
    return out;
  },
};
