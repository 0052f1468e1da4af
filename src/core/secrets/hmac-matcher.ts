// Fast HMAC-SHA2 check for many candidate keys against one token: the message padding and the
// message blocks' schedules (which do not depend on the key) are computed once, each candidate
// costs one ipad and one opad block, the rounds of the message blocks and the outer tail, and
// nothing is allocated per candidate. Unlike WebCrypto it accepts the empty key.
// Keys longer than the hash block are hashed first (RFC 2104 §2).
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
// The JWS table alone (not the algorithms.ts barrel): the scan worker stays small.
import { algorithmOf, type HashName } from '../algorithms/jws';
import { compress256, compress512, rounds256, rounds512, schedule256, schedule512, type Sha2 } from './sha2-compress';
import { IV256, IV384, IV512 } from './sha2-constants';

const SHA2: Record<HashName, Sha2 & { hashKey: (k: Uint8Array) => Uint8Array }> = {
  'SHA-256': { blockBytes: 64, lengthBytes: 8, scheduleWords: 64, digestBytes: 32, iv: IV256, compress: compress256, schedule: schedule256, rounds: rounds256, hashKey: sha256 },
  'SHA-384': { blockBytes: 128, lengthBytes: 16, scheduleWords: 160, digestBytes: 48, iv: IV384, compress: compress512, schedule: schedule512, rounds: rounds512, hashKey: sha384 },
  'SHA-512': { blockBytes: 128, lengthBytes: 16, scheduleWords: 160, digestBytes: 64, iv: IV512, compress: compress512, schedule: schedule512, rounds: rounds512, hashKey: sha512 },
};

/** An HS* alg name (the algorithm table says which: family HMAC). */
export type HmacAlg = string;

export function isHmacAlg(alg: unknown): alg is HmacAlg {
  return algorithmOf(alg)?.family === 'HMAC';
}

/** Big-endian words of `data` after `prefixBytes` bytes already hashed, padded per FIPS 180-4. */
export function paddedWords(data: Uint8Array, prefixBytes: number, h: Pick<Sha2, 'blockBytes' | 'lengthBytes'>): Int32Array {
  const total = data.length + 1 + h.lengthBytes;
  const bytes = new Uint8Array(Math.ceil(total / h.blockBytes) * h.blockBytes);
  bytes.set(data);
  bytes[data.length] = 0x80;
  const bits = (prefixBytes + data.length) * 8;
  const view = new DataView(bytes.buffer);
  view.setUint32(bytes.length - 4, bits >>> 0);
  view.setUint32(bytes.length - 8, Math.floor(bits / 4294967296));
  const words = new Int32Array(bytes.length / 4);
  for (let i = 0; i < words.length; i++) words[i] = view.getInt32(i * 4);
  return words;
}

export interface HmacMatcher {
  alg: HmacAlg;
  /** True when HMAC(key, message) equals the signature. `key` may be a view into a larger buffer. */
  matches(key: Uint8Array, from?: number, to?: number): boolean;
  /** Batch form: the index of the first of `count` candidates `bytes[from[i]..to[i])` that
   * matches, or -1. A SIMD matcher (hmac-simd.ts) hashes several candidates per call. */
  firstMatch?(bytes: Uint8Array, from: Uint32Array, to: Uint32Array, count: number): number;
}

/** Makes the matcher for one message and signature (hmacMatcher, or a faster one). */
export type MatcherFactory = (alg: HmacAlg, message: Uint8Array, signature: Uint8Array) => HmacMatcher | undefined;

/** `matcher.firstMatch`, or one `matches` call per candidate. */
export function firstMatch(matcher: HmacMatcher, bytes: Uint8Array, from: Uint32Array, to: Uint32Array, count: number): number {
  if (matcher.firstMatch) return matcher.firstMatch(bytes, from, to, count);
  for (let i = 0; i < count; i++) if (matcher.matches(bytes, from[i], to[i])) return i;
  return -1;
}

/** A matcher for one message and signature; undefined when the alg is not HS* or the signature
 * length cannot match. */
export function hmacMatcher(alg: HmacAlg, message: Uint8Array, signature: Uint8Array): HmacMatcher | undefined {
  const info = algorithmOf(alg);
  if (info?.family !== 'HMAC') return undefined;
  const h = SHA2[info.hash!];
  if (signature.length !== h.digestBytes) return undefined;
  const blockWords = h.blockBytes / 4;
  const digestWords = h.digestBytes / 4;
  const stateWords = h.iv.length;
  const msg = paddedWords(message, h.blockBytes, h);
  // The schedule of each message block, with K added: the same for every key.
  const roundsPerBlock = h.scheduleWords;
  const msgKW = new Int32Array((msg.length / blockWords) * roundsPerBlock);
  for (let b = 0; b * blockWords < msg.length; b++) h.schedule(msg, b * blockWords, msgKW, b * roundsPerBlock);
  const target = paddedWords(signature, 0, h).subarray(0, digestWords);
  const outerTail = paddedWords(new Uint8Array(h.digestBytes), h.blockBytes, h);
  const keyBlock = new Int32Array(blockWords);
  const pad = new Int32Array(blockWords);
  const inner = new Int32Array(stateWords);
  const outer = new Int32Array(stateWords);

  function loadKey(key: Uint8Array, from: number, to: number): void {
    let k = key;
    if (to - from > h.blockBytes) {
      k = h.hashKey(key.subarray(from, to));
      from = 0;
      to = k.length;
    }
    keyBlock.fill(0);
    for (let i = from; i < to; i++) keyBlock[(i - from) >> 2]! |= k[i]! << (24 - 8 * ((i - from) & 3));
  }

  return {
    alg,
    matches(key, from = 0, to = key.length) {
      loadKey(key, from, to);
      inner.set(h.iv);
      for (let i = 0; i < blockWords; i++) pad[i] = keyBlock[i]! ^ 0x36363636;
      h.compress(inner, pad, 0);
      for (let off = 0; off < msgKW.length; off += roundsPerBlock) h.rounds(inner, msgKW, off);
      outer.set(h.iv);
      for (let i = 0; i < blockWords; i++) pad[i] = keyBlock[i]! ^ 0x5c5c5c5c;
      h.compress(outer, pad, 0);
      outerTail.set(inner.subarray(0, digestWords));
      for (let off = 0; off < outerTail.length; off += blockWords) h.compress(outer, outerTail, off);
      for (let i = 0; i < digestWords; i++) if (outer[i] !== target[i]) return false;
      return true;
    },
  };
}

/** A matcher that needs no hashing of the message: true when `key` is the same HMAC key as
 * `known` (equal after RFC 2104's normalisation: hashed when longer than the block, then padded
 * with zeros), so exactly when HMAC(key, m) = HMAC(known, m) for every m. For a signature that
 * `known` verified, it answers what `hmacMatcher` would, without the message's blocks. */
export function sameKeyMatcher(alg: HmacAlg, known: Uint8Array): HmacMatcher | undefined {
  const info = algorithmOf(alg);
  if (info?.family !== 'HMAC') return undefined;
  const h = SHA2[info.hash!];
  const block = (k: Uint8Array): Uint8Array => {
    const out = new Uint8Array(h.blockBytes);
    out.set(k.length > h.blockBytes ? h.hashKey(k) : k);
    return out;
  };
  const target = block(known);
  return {
    alg,
    matches(key, from = 0, to = key.length) {
      const b = block(key.subarray(from, to));
      for (let i = 0; i < b.length; i++) if (b[i] !== target[i]) return false;
      return true;
    },
  };
}

/** Bytes of message hashing allowed for one batch of guesses (~40 ms of work), so a
 * multi-megabyte token never stalls inspect(). */
const HASH_BUDGET = 8_000_000;

/** How many candidate keys may be tried against a message of this length (at least one). */
export function candidateBudget(messageLength: number): number {
  return Math.max(1, Math.floor(HASH_BUDGET / (messageLength + 256)));
}

/** HMAC of one key, for the few-candidates paths (key-confusion serializations). */
export function hmacMatches(alg: HmacAlg, key: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  return hmacMatcher(alg, message, signature)?.matches(key) ?? false;
}
