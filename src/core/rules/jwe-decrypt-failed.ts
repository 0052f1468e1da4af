import type { LintRule } from './types';
import { memberAt } from './context';
import { tagAt } from './jwe-iv-tag-length';

export const jweDecryptFailed: LintRule = {
  id: 'jwe-decrypt-failed',
  severity: 'error',
  input: 'T+D',
  title: 'JWE does not decrypt with the key',
  explanation:
    'A key that fits the `alg` and `enc` did not decrypt the token: the key is not the recipient\'s, or the header, IV, ciphertext or tag was changed. ' +
    'Which step failed is not said: jose, like RFC 7516 asks, carries on with a random key when the key unwrap fails, so both end at the tag check.',
  references: ['RFC 7516 §5.2', 'RFC 7516 §11.5', 'RFC 3394 §2.2.3', 'RFC 7518 §4.4', 'RFC 7518 §4.7', 'RFC 7518 §5.2.2.2', 'RFC 7518 §5.3', 'WP json_web_encryption_test.json #2-#21'],
  check(ctx) {
    const d = ctx.decryption;
    if (d?.status !== 'failed') return [];
    return [{ message: d.reason ?? 'The key did not decrypt this token.', at: tagAt(ctx) ?? memberAt(ctx, 'header', 'alg') }];
  },
};
