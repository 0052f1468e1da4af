import type { LintRule, RuleHit } from './types';
import { afterColon, keysForToken, memberAt } from './context';
import { akpProblem } from '../keys/akp';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const pqAkpKeyInvalid: LintRule = {
  id: 'pq-akp-key-invalid',
  severity: 'error',
  input: 'T+K',
  keyAlone: true,
  title: 'ML-DSA (AKP) key is malformed',
  explanation:
    'An AKP key (RFC 9964) lacks "alg" or "pub", or its "pub" or "priv" has the wrong length: ML-DSA-44, -65 and -87 public keys are 1312, 1952 and 2592 bytes, and "priv" is the 32-byte seed, not the FIPS 204 expanded private key. ' +
    'Libraries import such keys differently or reject them, and a truncated public key verifies nothing.',
  references: ["RFC 9964 'Algorithm Key Pair Type'", "RFC 9964 'ML-DSA Private Keys'", "RFC 9964 'Validation of Keys'", 'FIPS 204 Table 2'],
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const key of keysForToken(ctx)) {
      const problem = key.problems.find((p) => p.code === 'akp-key-invalid');
      if (problem) hits.push({ message: `Your key (${key.label}) is malformed: ${afterColon(problem.message)}` });
    }
    const cnf = ctx.payload?.cnf;
    const embedded: [string, unknown, 'header' | 'payload', string][] = [
      ["The token's own `jwk`", ctx.header?.jwk, 'header', 'jwk'],
      ['The key in the payload\'s `cnf.jwk`', isObject(cnf) ? cnf.jwk : undefined, 'payload', 'cnf'],
    ];
    for (const [what, jwk, part, member] of embedded) {
      if (!isObject(jwk) || jwk.kty !== 'AKP') continue;
      const problem = akpProblem(jwk);
      if (!problem) continue;
      const hit: RuleHit = { message: `${what} (AKP): ${problem.message}`, at: memberAt(ctx, part, member) };
      hits.push(problem.severity === 'info' ? { ...hit, severity: 'info' } : hit);
    }
    return hits;
  },
};
