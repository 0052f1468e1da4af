import type { LintRule } from './types';
import { hitAt, timeClaim } from './context';
import { isExpired } from '../claims/time';
import { durationInWords, utcInWords } from '../claims/words';

/** Default age above which a DPoP proof is stale (seconds). */
export const PROOF_WINDOW = 300;

export const iatStale: LintRule = {
  id: 'iat-stale',
  severity: 'warning',
  input: 'T+C',
  title: 'Old but still valid',
  explanation:
    'The token was issued long ago and has not expired (or never expires). ' +
    'An old credential that is still accepted hints at a missing maximum-age policy; above 30 days it is a warning, and above 24 hours an info for access tokens. ' +
    'A DPoP proof is stale after five minutes (the proof window).',
  references: ['RFC 7519 §4.1.6', 'RFC 9449 §11.1', 'node jsonwebtoken `maxAge` option'],
  check(ctx) {
    const { thresholds: t } = ctx;
    const iat = timeClaim(ctx, 'iat');
    if (!iat) return [];
    const exp = timeClaim(ctx, 'exp');
    if (isExpired(exp?.value, ctx.now, ctx.leeway)) return [];
    const age = ctx.now - iat.value;
    // A DPoP proof is fresh for minutes (RFC 9449 §11.1), whatever its exp (rules-next.md M).
    if (ctx.profile.dpop) {
      const window = t.proofWindow ?? PROOF_WINDOW;
      return age > window ? [hitAt(`\`iat\` says this DPoP proof was made ${durationInWords(age)} ago; servers accept a proof for minutes only (the window here is ${durationInWords(window)}).`, iat.at)] : [];
    }
    const still = exp ? 'yet it has not expired' : 'and it never expires';
    const message = `\`iat\` says this token was issued ${durationInWords(age)} ago (${utcInWords(iat.value) ?? iat.value}), ${still}.`;
    if (age > t.staleAge) return [hitAt(message, iat.at, 'warning')];
    if (ctx.profile.accessToken && age > t.accessTokenStaleAge) return [hitAt(message, iat.at, 'info')];
    return [];
  },
};
