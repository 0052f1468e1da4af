import type { KeyCandidate } from '../keys/types';
import type { ConcreteEncoding } from '../report';
import type { LintRule, RuleContext, RuleHit } from './types';
import { hmacEntry, secretKeys, typedSecret } from './context';
import { hmacMatches } from '../secrets/hmac-matcher';

export const hmacSecretEncodingSuspect: LintRule = {
  id: 'hmac-secret-encoding-suspect',
  severity: 'info',
  input: 'T+K',
  title: 'Secret encoding mix-up',
  explanation:
    'The secret looks base64 or hex encoded but is used as plain text, or it only works once decoded. ' +
    'Issuers and verifiers that disagree on this use different keys without noticing, and the real key length is hidden: 44 base64 characters are 32 bytes, not 44.',
  references: ['RFC 7518 §3.2', 'RFC 7517 §6.4 (`k` is base64url)'],
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const key of secretKeys(ctx)) {
      const text = typedSecret(key);
      const message = text === undefined ? undefined : suspicion(ctx, key, text);
      if (message) hits.push({ message });
    }
    return hits;
  },
};

/** Lengths of base64 text for 16, 24, 32, 48 and 64 random bytes (padded and unpadded). */
const KEY_LENGTHS = new Set([22, 24, 32, 43, 44, 64, 86, 88]);

/** What the text looks like: base64, base64url or hex. Random letters and digits alone do not
 * count unless they have the length of an encoded key. */
export function looksEncoded(text: string): ConcreteEncoding | undefined {
  if (/^(?:[0-9a-fA-F]{2}){16,}$/.test(text)) return 'hex';
  const body = text.replace(/=+$/, '');
  if (text.length < 16 || body.length % 4 === 1 || !/^[A-Za-z0-9+/_-]+$/.test(body)) return undefined;
  const mixed = /[A-Z]/.test(body) && /[a-z]/.test(body) && /[0-9]/.test(body);
  if (/[+/]/.test(body) && !/[-_]/.test(body)) return mixed || body !== text ? 'base64' : undefined;
  if (/[-_]/.test(body) && !/[+/]/.test(body)) return mixed && KEY_LENGTHS.has(text.length) ? 'base64url' : undefined;
  if (!mixed || /[+/]/.test(body)) return undefined;
  if (body !== text) return 'base64';
  if (!KEY_LENGTHS.has(text.length)) return undefined;
  return text.length % 4 === 0 ? 'base64' : 'base64url';
}

function suspicion(ctx: RuleContext, key: KeyCandidate, text: string): string | undefined {
  const verified = ctx.verdict.status === 'valid' && ctx.verdict.keyUsed === key.label;
  const looks = looksEncoded(text);
  if (verified) {
    const used = ctx.verdict.encoding;
    if (used === 'utf8' && looks) {
      return `The secret verifies as plain text although it looks ${looks}-encoded; make sure every service uses those ${text.length} characters as they are, not decoded.`;
    }
    if (used && used !== 'utf8' && ctx.secretEncoding === 'auto') {
      const bytes = key.secrets?.find((s) => s.encoding === used)?.bytes.length ?? 0;
      return `The secret only verifies once ${used}-decoded (${bytes} bytes), not as the ${text.length} characters typed; services that use the text as is will disagree.`;
    }
    return undefined;
  }
  if (ctx.verdict.status !== 'invalid') return undefined;
  const hs = hmacEntry(ctx);
  const other = hs && key.otherReadings?.find((r) => hmacMatches(hs.alg, r.bytes, hs.entry.signingInput, hs.entry.signature))?.encoding;
  if (other) return `The secret does not verify as ${ctx.secretEncoding}, but it does when read as ${other}: the issuer encodes it differently.`;
  if (ctx.secretEncoding === 'utf8' && looks) {
    return `The secret looks ${looks}-encoded but is being used as plain text; try reading it as ${looks}.`;
  }
  return undefined;
}
