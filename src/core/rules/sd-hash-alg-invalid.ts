import type { LintRule, RuleHit } from './types';
import { memberAt } from './context';
import { TRUNCATED_HASHES } from '../sd-jwt/digest';

const STRONG_SIGNATURES = ['ES512', 'PS512', 'RS512'];

export const sdHashAlgInvalid: LintRule = {
  id: 'sd-hash-alg-invalid',
  severity: 'error',
  input: 'T',
  title: 'Unusable `_sd_alg`',
  explanation:
    '`_sd_alg` names the hash of every digest. A name the verifier does not know (names are case-sensitive) means no Disclosure can be checked; ' +
    'a truncated hash allows substituted claims; an `_sd_alg` below the top level is ignored by processing.',
  references: ['RFC 9901 §4.1.1', 'RFC 9901 §7.1', 'RFC 9901 §9.4'],
  check(ctx) {
    const sd = ctx.sd;
    if (!sd) return [];
    const at = memberAt(ctx, 'payload', '_sd_alg');
    const hits: RuleHit[] = [];
    const where = at ? { at } : {};
    if (sd.alg !== undefined && typeof sd.alg !== 'string') hits.push({ message: '`_sd_alg` is not a string: no digest can be checked.', ...where });
    else if (typeof sd.alg === 'string' && TRUNCATED_HASHES.includes(sd.alg)) hits.push({ message: `\`_sd_alg\` ${sd.alg} is a truncated hash: short digests allow substituted claims, and this app does not check them.`, severity: 'warning', ...where });
    else if (!sd.hash) hits.push({ message: `\`_sd_alg\` ${JSON.stringify(sd.alg)} is not a hash this app implements (names are case-sensitive): no digest can be checked.`, ...where });
    for (const pointer of sd.processed.issues.nestedSdAlg) hits.push({ message: `\`_sd_alg\` at ${pointer} is not at the top level: processing ignores it.`, severity: 'warning' });
    const alg = ctx.header?.alg;
    if (sd.hash === 'sha-256' && typeof alg === 'string' && STRONG_SIGNATURES.includes(alg)) {
      hits.push({ message: `The digests use sha-256 while the signature uses ${alg}: the digests are the weaker link.`, severity: 'info', ...where });
    }
    return hits;
  },
};
