// The hashes that tie tokens together: a DPoP proof's `ath` (RFC 9449 §4.2) and an ID token's
// `at_hash` / `c_hash` / `s_hash` (OIDC Core §3.1.3.6, §3.3.2.11; OIDC THA for EdDSA and ML-DSA).
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { shake256 } from '@noble/hashes/sha3.js';
import { encodeBase64url } from '../parse/base64url';

const ascii = (text: string) => new TextEncoder().encode(text);

/** base64url(SHA-256(ASCII of the access token)): the `ath` a proof must carry. */
export function accessTokenHash(token: string): string {
  return encodeBase64url(sha256(ascii(token)));
}

/** The common wrong inputs a proof's `ath` may have been taken over, in words, for messages. */
export function wrongAthInput(ath: string, token: string): string | undefined {
  const digest = sha256(ascii(token));
  const hex = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
  const tries: [string, boolean][] = [
    ['the token with a `DPoP ` prefix', ath === accessTokenHash(`DPoP ${token}`)],
    ['the token with a `Bearer ` prefix', ath === accessTokenHash(`Bearer ${token}`)],
    ['the token with a trailing newline', ath === accessTokenHash(`${token}\n`)],
    ['the right hash, written in hex', ath.toLowerCase() === hex],
    ['the right hash, as padded base64', ath === `${encodeBase64url(digest)}=`],
  ];
  return tries.find(([, hit]) => hit)?.[0];
}

export type HashFunction = 'SHA-256' | 'SHA-384' | 'SHA-512' | 'SHAKE256/114' | 'SHAKE256/64';

/** The hash OIDC names for an ID token's `alg` (and, for EdDSA, its key's curve). */
export function tokenHashFunction(alg: string, crv?: string): HashFunction | undefined {
  if (/^ML-DSA-(?:44|65|87)$/.test(alg)) return 'SHAKE256/64';
  if (alg === 'Ed448' || (alg === 'EdDSA' && crv === 'Ed448')) return 'SHAKE256/114';
  if (alg === 'Ed25519' || alg === 'EdDSA') return 'SHA-512';
  if (alg === 'ES256K' || /256$/.test(alg)) return 'SHA-256';
  if (/384$/.test(alg)) return 'SHA-384';
  if (/512$/.test(alg)) return 'SHA-512';
  return undefined;
}

function digest(fn: HashFunction, bytes: Uint8Array): Uint8Array {
  switch (fn) {
    case 'SHA-256':
      return sha256(bytes);
    case 'SHA-384':
      return sha384(bytes);
    case 'SHA-512':
      return sha512(bytes);
    case 'SHAKE256/114':
      return shake256(bytes, { dkLen: 114 });
    case 'SHAKE256/64':
      return shake256(bytes, { dkLen: 64 });
  }
}

/** base64url of the left-most half of H(ASCII of the value). */
export function halfHash(fn: HashFunction, value: string): string {
  const full = digest(fn, ascii(value));
  return encodeBase64url(full.slice(0, full.length / 2));
}
