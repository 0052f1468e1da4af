import type { LintRule } from './types';
import { DEFAULT_SD_ALG, sdDigest } from '../sd-jwt/digest';
import { tokenAt } from '../sd-jwt/rule-parts';
import type { SdJwt } from '../sd-jwt';

/** A common way of computing `sd_hash` wrongly that reproduces the stated value, in words. */
function variant(sd: SdJwt, stated: string): string | undefined {
  const hash = sd.hash!;
  const parts = sd.split.disclosures.map((d) => d.text);
  const join = (list: string[]) => `${sd.split.issuer}~${list.map((d) => `${d}~`).join('')}`;
  const tries: [string, string | undefined][] = [
    ['without the final `~`', sdDigest(sd.presentation.slice(0, -1), hash)],
    ['with the Key Binding JWT included', sdDigest(sd.presentation + (sd.kb?.text ?? ''), hash)],
    ['with sha-256 instead of `_sd_alg`', hash === DEFAULT_SD_ALG ? undefined : sdDigest(sd.presentation, DEFAULT_SD_ALG)],
    ['over the Disclosures in another order', sdDigest(join([...parts].sort()), hash)],
    ['over the Disclosures in another order', sdDigest(join([...parts].reverse()), hash)],
  ];
  return tries.find(([, d]) => d === stated)?.[0];
}

export const kbSdHashMismatch: LintRule = {
  id: 'kb-sd-hash-mismatch',
  severity: 'error',
  input: 'T',
  title: 'Key Binding JWT signed other Disclosures',
  explanation:
    '`sd_hash` is the hash of the SD-JWT exactly as presented, from the issuer-signed JWT through the last `~`. ' +
    'A mismatch means Disclosures were added, removed or reordered after the Holder signed, or the hash was computed the wrong way.',
  references: ['RFC 9901 §4.3.1', 'RFC 9901 §7.3', 'RFC 9901 §8.1', 'RFC 9901 §9.10'],
  check(ctx) {
    const sd = ctx.sd;
    const kb = sd?.kb;
    const stated = kb?.payload?.sd_hash;
    if (!sd || !kb || kb.matches !== false || typeof stated !== 'string') return [];
    const how = variant(sd, stated);
    const because = how ? ` It matches the hash ${how}.` : '';
    const message = `\`sd_hash\` says ${stated}, but the presented SD-JWT hashes to ${kb.expected}.${because}`;
    const at = tokenAt(kb.from, kb.from === undefined ? undefined : kb.from + kb.text.length);
    return [at ? { message, at } : { message }];
  },
};
