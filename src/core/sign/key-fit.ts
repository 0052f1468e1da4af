// Whether the signing key can make the header's alg (its type, curve and own "alg" member), and
// the key described for the result: KeySummary plus the public text inspect() verifies with.
import type { AlgorithmInfo } from '../algorithms';
import { encodeBase64url } from '../parse/base64url';
import { buildCandidate, jwkThumbprint } from '../keys/candidate';
import type { KeySummary } from '../report';
import type { SignError } from './header';
import type { SigningKey } from './signing-key';

const PUBLIC_MEMBERS: Record<string, string[]> = { RSA: ['kty', 'n', 'e'], EC: ['kty', 'crv', 'x', 'y'], OKP: ['kty', 'crv', 'x'], AKP: ['kty', 'alg', 'pub'] };

/** A sentence naming the key, for messages. */
function describe(key: SigningKey): string {
  if (key.kind === 'secret') return 'a shared secret';
  return `an ${key.jwk.kty} private key${key.jwk.crv ? ` on ${key.jwk.crv}` : ''}`;
}

/** Why this key cannot sign `alg` (key-alg-mismatch), or undefined when it can. */
export function keyMismatch(info: AlgorithmInfo, key: SigningKey): SignError | undefined {
  const wanted = info.family === 'HMAC' ? 'a shared secret' : `an ${info.kty} private key${info.curves ? ` on ${info.curves.join(' or ')}` : ''}`;
  const fits =
    key.kind === 'secret'
      ? info.kty === 'oct'
      : info.kty === key.jwk.kty && (!info.curves || info.curves.some((c) => c === key.jwk.crv));
  if (!fits) {
    return { code: 'key-alg-mismatch', message: `${info.alg} signs with ${wanted}; this is ${describe(key)}.` };
  }
  if (key.alg !== undefined && key.alg !== info.alg) {
    return {
      code: 'key-alg-mismatch',
      message: `This key says "alg": "${key.alg}", so it is not meant for ${info.alg}; change the header's alg or remove the key's.`,
    };
  }
  return undefined;
}

/** The public JWK of a private key (with its kid and alg), or the oct JWK of a secret. */
export function publicJwkOf(key: SigningKey): Record<string, string> {
  const meta = { ...(key.kid !== undefined ? { kid: key.kid } : {}), ...(key.alg !== undefined ? { alg: key.alg } : {}) };
  if (key.kind === 'secret') return { kty: 'oct', k: encodeBase64url(key.bytes), ...meta };
  const members = PUBLIC_MEMBERS[key.jwk.kty!] ?? [];
  return { ...Object.fromEntries(members.map((m) => [m, key.jwk[m]!])), ...meta };
}

export function keySummary(key: SigningKey): KeySummary {
  const jwk = publicJwkOf(key);
  const candidate = buildCandidate({ label: 'signing key', source: 'jwk', jwk });
  return {
    kty: candidate.kty,
    ...(key.alg !== undefined ? { alg: key.alg } : {}),
    ...(candidate.crv !== undefined ? { crv: candidate.crv } : {}),
    ...(candidate.bits !== undefined ? { bits: candidate.bits } : {}),
    ...(key.kid !== undefined ? { kid: key.kid } : {}),
    thumbprint: jwkThumbprint(jwk) ?? '',
  };
}
