import type { LintRule, RuleHit } from './types';
import { tokenAt, typIs } from '../sd-jwt/rule-parts';

const SIGNATURE_ALG = /^(?:RS|PS|ES)(?:256|384|512)$|^ES256K$|^EdDSA$|^Ed(?:25519|448)$|^ML-DSA-(?:44|65|87)$/;

export const kbJwtHeaderInvalid: LintRule = {
  id: 'kb-jwt-header-invalid',
  severity: 'error',
  input: 'T',
  title: 'Key Binding JWT with the wrong header',
  explanation:
    'A Key Binding JWT has `typ` `kb+jwt` and a digital-signature `alg`. Another JWT signed with the Holder\'s key could be passed off as one, ' +
    'and a MAC cannot prove possession of the Holder\'s private key.',
  references: ['RFC 9901 §4.3', 'RFC 9901 §7.3'],
  check(ctx) {
    const kb = ctx.sd?.kb;
    if (!kb) return [];
    const at = tokenAt(kb.from, kb.from === undefined ? undefined : kb.from + kb.text.length);
    const hit = (message: string): RuleHit => (at ? { message, at } : { message });
    const typ = kb.header?.typ;
    const alg = kb.header?.alg;
    const hits: RuleHit[] = [];
    if (!typIs(typ, 'kb+jwt')) hits.push(hit(typ === undefined ? 'The Key Binding JWT has no `typ`; it must be `kb+jwt`.' : `The Key Binding JWT has \`typ\` ${JSON.stringify(typ)}, not \`kb+jwt\`.`));
    const none = typeof alg === 'string' && alg.toLowerCase() === 'none';
    if (!none && (typeof alg !== 'string' || !SIGNATURE_ALG.test(alg))) hits.push(hit(`The Key Binding JWT's \`alg\` ${JSON.stringify(alg)} is not a digital signature: it cannot prove the Holder has the key.`));
    return hits;
  },
};
