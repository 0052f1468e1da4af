import type { LintRule } from './types';
import { memberAt } from './context';

export const jweDecryptSkipped: LintRule = {
  id: 'jwe-decrypt-skipped',
  severity: 'info',
  input: 'T+D',
  title: 'JWE not decrypted, on purpose',
  explanation:
    'A key was given and the app did not try: a PBES2 `p2c` above the limit (PBKDF2 with an attacker-chosen count ties up the CPU), a bad `p2c` or `p2s`, ' +
    'an algorithm the browser lacks (192-bit AES in Chromium, RSA1_5, X448), an unknown `zip`, an IV or tag of the wrong length, or content that inflates past the size limit. Refusing is the safe outcome.',
  references: ['RFC 7518 §4.2', 'RFC 7518 §4.8.1.1', 'RFC 7518 §4.8.1.2', 'RFC 7518 §8.3', 'RFC 7515 §4.1.11', "8725bis 'Limit Hash Iteration Count'", 'CVE-2023-52428', 'panva/jose issue #263', 'cisco/node-jose issue #220'],
  check(ctx) {
    const d = ctx.decryption;
    if (!d?.skipped) return [];
    const member = d.reason?.includes('"p2c"') ? 'p2c' : d.reason?.includes('"p2s"') ? 'p2s' : d.reason?.includes('"zip"') ? 'zip' : 'alg';
    return [{ message: `Not decrypted: ${d.skipped}`, at: memberAt(ctx, 'header', member) ?? memberAt(ctx, 'header', 'alg') }];
  },
};
