import type { LintRule } from './types';
import { memberAt } from './context';
import { epkProblem } from '../lint/epk';

export const jweEpkInvalid: LintRule = {
  id: 'jwe-epk-invalid',
  severity: 'error',
  input: 'T',
  title: 'Invalid ephemeral key in ECDH-ES JWE',
  explanation:
    'ECDH-ES tokens carry the sender\'s ephemeral public key (`epk`). If it is not a valid point on an allowed curve, ' +
    'a recipient that does not check it leaks bits of its private key with every answer (an invalid-curve attack).',
  references: ['RFC 8725 §2.5', 'RFC 8725 §3.4', 'NIST SP 800-56A Rev. 3 §5.6.2.3.4'],
  check(ctx) {
    const alg = ctx.header?.alg;
    if (ctx.token.kind !== 'jwe' || typeof alg !== 'string' || !alg.startsWith('ECDH-ES')) return [];
    const problem = epkProblem(ctx.header?.epk);
    if (!problem) return [];
    return [{ message: problem, at: memberAt(ctx, 'header', 'epk') ?? memberAt(ctx, 'header', 'alg') }];
  },
};
