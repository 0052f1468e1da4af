import type { ConcreteEncoding, KeyCandidate, LintRule, RuleContext, RuleHit } from '../types';
import { hmacEntry, secretKeys, typedSecret } from '../lint/user-keys';
import { hmacMatches } from '../secrets/hmac-matcher';

export const hmacSecretEncodingSuspect: LintRule = {
  id: 'hmac-secret-encoding-suspect',
  severity: 'info',
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

/** What the text looks like: base64, base64url or hex (long enough not to be a coincidence). */
export function looksEncoded(text: string): ConcreteEncoding | undefined {
  if (/^(?:[0-9a-fA-F]{2}){16,}$/.test(text)) return 'hex';
  if (text.length < 16 || text.replace(/=+$/, '').length % 4 === 1) return undefined;
  const mixed = /[A-Z]/.test(text) && /[a-z]/.test(text) && /[0-9]/.test(text);
  if (/^[A-Za-z0-9+/]+={0,2}$/.test(text) && (mixed || /[+/=]/.test(text))) return 'base64';
  if (/^[A-Za-z0-9_-]+$/.test(text) && mixed) return 'base64url';
  return undefined;
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
