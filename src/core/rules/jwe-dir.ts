import type { LintRule } from './types';
import { memberAt } from './context';

export const jweDir: LintRule = {
  id: 'jwe-dir',
  severity: 'info',
  input: 'T',
  title: 'JWE with a directly shared key (`dir`)',
  explanation:
    'With `alg: dir` one shared symmetric key encrypts every token, with no per-token key wrapping. ' +
    'Anyone holding that key can read every token and also mint new ones that the recipient will accept.',
  references: ['RFC 7518 §4.5', 'RFC 7516 §5.1 step 5'],
  check(ctx) {
    if (ctx.token.kind !== 'jwe' || ctx.header?.alg !== 'dir') return [];
    const encryptedKey = ctx.token.segments.find((s) => s.name === 'encrypted_key');
    if (encryptedKey && encryptedKey.raw.trim() !== '') {
      return [
        {
          severity: 'error',
          message: '`alg` is dir, so the encrypted-key part must be empty, but it carries data: the token is invalid.',
          at: { part: 'token', from: encryptedKey.from, to: encryptedKey.to },
        },
      ];
    }
    return [
      {
        message: '`alg` dir: one shared key encrypts every token, and whoever holds it can also mint tokens.',
        at: memberAt(ctx, 'header', 'alg'),
      },
    ];
  },
};
