// HMAC-SHA2 on @noble/hashes: synchronous, and (unlike WebCrypto) fine with a zero-length key,
// which the empty-secret checks need.
import { hmac } from '@noble/hashes/hmac.js';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import type { HashName } from '../algorithms';

const HASHES = { 'SHA-256': sha256, 'SHA-384': sha384, 'SHA-512': sha512 } as const;

export function hmacSha2(hash: HashName, key: Uint8Array, message: Uint8Array): Uint8Array {
  return hmac(HASHES[hash], key, message);
}

/** Compares in time independent of where the bytes differ (length is not secret). */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

export function verifyHmac(hash: HashName, key: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  return equalBytes(hmacSha2(hash, key, message), signature);
}

export function sha256Bytes(data: Uint8Array): Uint8Array {
  return sha256(data);
}
