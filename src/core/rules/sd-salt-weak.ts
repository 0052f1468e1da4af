import type { LintRule, RuleHit } from './types';
import { decodeBase64url } from '../parse/base64url';
import { disclosureAt } from '../sd-jwt/rule-parts';

const MIN_BYTES = 16;

export const sdSaltWeak: LintRule = {
  id: 'sd-salt-weak',
  severity: 'warning',
  input: 'T',
  title: 'Short or reused salt',
  explanation:
    'The salt keeps a withheld claim secret: with a short or guessable salt a verifier hashes candidate values until one matches a digest. ' +
    'A salt used twice links the claims that share it. At least 128 random bits per claim are recommended.',
  references: ['RFC 9901 §4.2.1', 'RFC 9901 §9.3'],
  check(ctx) {
    const sd = ctx.sd;
    if (!sd) return [];
    const hits: RuleHit[] = [];
    const seen = new Map<string, string>();
    for (const d of sd.disclosures) {
      if (d.salt === undefined) continue;
      const at = disclosureAt(d);
      const b64 = /^[A-Za-z0-9_-]+$/.test(d.salt);
      const short = b64 ? decodeBase64url(d.salt).bytes.length < MIN_BYTES : d.salt.length < 22;
      if (short) hits.push({ message: `The salt ${JSON.stringify(d.salt)} has fewer than 128 bits: the claim can be guessed from its digest.`, ...(at ? { at } : {}) });
      const other = seen.get(d.salt);
      if (other !== undefined && other !== d.text) hits.push({ message: `The salt ${JSON.stringify(d.salt)} is used by two Disclosures.`, ...(at ? { at } : {}) });
      seen.set(d.salt, d.text);
    }
    return hits;
  },
};
