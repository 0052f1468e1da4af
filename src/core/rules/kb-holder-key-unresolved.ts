import type { LintRule } from './types';
import { memberAt } from './context';
import { tokenAt } from '../sd-jwt/rule-parts';

const BY_REFERENCE = ['jkt', 'kid', 'jku', 'x5t#S256'];

export const kbHolderKeyUnresolved: LintRule = {
  id: 'kb-holder-key-unresolved',
  severity: 'error',
  input: 'T',
  title: 'No Holder key to check the Key Binding JWT',
  explanation:
    'A Key Binding JWT proves possession of the key the Issuer named in `cnf`. Without `cnf` it proves nothing; ' +
    'when `cnf` names the key only by reference (`jkt`, `kid`, …) the key must be supplied to check it.',
  references: ['RFC 9901 §4.1.2', 'RFC 9901 §4.3.2', 'RFC 9901 §7.3', 'RFC 7800 §3.1'],
  check(ctx) {
    const kb = ctx.sd?.kb;
    if (!kb) return [];
    const cnf = ctx.payload?.cnf;
    if (cnf === undefined) {
      const message = 'A Key Binding JWT is present, but the credential names no Holder key (`cnf`): any key could have signed it.';
      const at = tokenAt(kb.from, kb.from === undefined ? undefined : kb.from + kb.text.length);
      return [at ? { message, at } : { message }];
    }
    const c = typeof cnf === 'object' && cnf !== null ? (cnf as Record<string, unknown>) : {};
    const ref = BY_REFERENCE.find((n) => n in c);
    if (c.jwk !== undefined || !ref || ctx.keyText.trim() !== '') return [];
    return [
      {
        message: `\`cnf\` names the Holder key only by \`${ref}\` and no key was supplied: the Key Binding JWT's signature was not checked.`,
        severity: 'info',
        at: memberAt(ctx, 'payload', 'cnf'),
      },
    ];
  },
};
