import type { LintRule, RuleHit } from './types';
import { memberAt, segmentAt, valueAt } from './context';

const BASE64URL_SHA256 = /^[A-Za-z0-9_-]{43}$/;
/** RFC 9110 §5.6.2 token characters; methods are registered in upper case (RFC 9110 §9.1). */
const METHOD = /^[A-Z!#$%&'*+.^_`|~0-9-]+$/;

function absoluteHttpUri(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export const dpopClaimsInvalid: LintRule = {
  id: 'dpop-claims-invalid',
  severity: 'error',
  input: 'T',
  title: 'DPoP proof claims are missing or malformed',
  explanation:
    'A DPoP proof binds one HTTP request: `htm` (the method), `htu` (the URI, without query or fragment), `iat` (when it was made) and `jti` (a unique id for the replay cache). ' +
    'Without them, or with values a server cannot compare, the proof can be replayed or is rejected; `ath` and `nonce` must have their defined forms.',
  references: ['RFC 9449 §4.2', 'RFC 9449 §4.3', 'RFC 9449 §11.1', 'RFC 9110 §9.1'],
  check(ctx) {
    const p = ctx.payload;
    if (!ctx.profile.dpop || !p) return [];
    const hits: RuleHit[] = [];
    const missing = ['jti', 'htm', 'htu', 'iat'].filter((name) => !Object.hasOwn(p, name));
    if (missing.length) hits.push({ message: `The proof lacks ${missing.map((n) => `\`${n}\``).join(', ')}, which RFC 9449 requires.`, at: segmentAt(ctx, 'payload') });
    for (const name of ['jti', 'htm', 'htu', 'nonce']) {
      if (Object.hasOwn(p, name) && typeof p[name] !== 'string') hits.push({ message: `\`${name}\` must be a string.`, at: valueAt(ctx, 'payload', name) });
    }
    const { htu, htm, jti, ath } = p;
    if (typeof htu === 'string') {
      if (!absoluteHttpUri(htu)) hits.push({ message: '`htu` must be an absolute https: or http: URI.', at: valueAt(ctx, 'payload', 'htu') });
      else if (/[?#]/.test(htu)) hits.push({ message: '`htu` has a query or fragment; RFC 9449 leaves them out, and servers that compare URIs will reject it.', severity: 'warning', at: valueAt(ctx, 'payload', 'htu') });
    }
    if (typeof htm === 'string' && !METHOD.test(htm)) {
      hits.push({ message: `\`htm\` "${htm}" is not an upper-case HTTP method such as GET or POST.`, severity: 'warning', at: valueAt(ctx, 'payload', 'htm') });
    }
    if (typeof jti === 'string' && jti.length < 16) {
      hits.push({ message: `\`jti\` has ${jti.length} characters: under 96 bits of randomness, so proofs may collide in the replay cache.`, severity: 'warning', at: valueAt(ctx, 'payload', 'jti') });
    }
    if (Object.hasOwn(p, 'ath') && (typeof ath !== 'string' || !BASE64URL_SHA256.test(ath))) {
      hits.push({ message: '`ath` must be the base64url SHA-256 of the access token: 43 characters.', at: memberAt(ctx, 'payload', 'ath') });
    }
    return hits;
  },
};
