import type { LintRule } from './types';
import { memberAt, valueAt } from './context';
import { groupDigits } from '../claims/words';

const MAX_P2C = 1_200_000;
const MIN_P2C = 1_000;

export const jwePbes2P2c: LintRule = {
  id: 'jwe-pbes2-p2c',
  severity: 'warning',
  input: 'T',
  title: 'Password-based JWE with a risky iteration count',
  explanation:
    'PBES2 derives the key from a password, running PBKDF2 `p2c` times. A huge `p2c` lets one token burn seconds of server CPU (denial of service); ' +
    'a small one makes the password quick to brute-force offline.',
  references: [
    'RFC 7518 §4.8.1.2',
    "8725bis 'Limit Hash Iteration Count'",
    'RFC 8725 §3.5',
    'CVE-2023-52428',
    'CVE-2023-51775',
  ],
  check(ctx) {
    const alg = ctx.header?.alg;
    if (ctx.token.kind !== 'jwe' || typeof alg !== 'string' || !alg.startsWith('PBES2-')) return [];
    const p2c = ctx.header?.p2c;
    const at = valueAt(ctx, 'header', 'p2c') ?? memberAt(ctx, 'header', 'alg');
    if (typeof p2c !== 'number' || !Number.isInteger(p2c) || p2c < 1) {
      return [{ message: `\`alg\` ${alg} needs a positive integer \`p2c\` iteration count, but it is ${p2c === undefined ? 'missing' : JSON.stringify(p2c)}.`, at }];
    }
    if (p2c > MAX_P2C) {
      return [{ message: `\`p2c\` ${p2c} PBKDF2 iterations: one token can tie up the server's CPU (limit about ${groupDigits(MAX_P2C)}).`, at }];
    }
    if (p2c < MIN_P2C) {
      return [{ message: `\`p2c\` is only ${p2c} iterations: the password behind this token is quick to brute-force.`, at }];
    }
    return [{ severity: 'info', message: `\`alg\` ${alg}: the encryption key comes from a password, so its strength is the password's.`, at: memberAt(ctx, 'header', 'alg') }];
  },
};
