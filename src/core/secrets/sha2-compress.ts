// SHA-256 and SHA-512 block compression over preallocated Int32Arrays, for the secret search:
// no allocation per block, so ~100 k HMACs take a fraction of a second. Message words are
// big-endian 32-bit (SHA-512: [hi, lo] pairs). FIPS 180-4 §6.2.2 and §6.4.2.
import { K256, K512 } from './sha2-constants';

export interface Sha2 {
  blockBytes: 64 | 128;
  /** Bytes of the length field in the final padding block. */
  lengthBytes: 8 | 16;
  /** Words of a block's K + W (`schedule`): 64 rounds of 32 bits, or 80 of 64. */
  scheduleWords: 64 | 160;
  digestBytes: number;
  iv: Int32Array;
  /** Updates `state` in place with one block of `words` starting at word `off`. */
  compress(state: Int32Array, words: Int32Array, off: number): void;
  /** The block's message schedule with the round constants added (K + W), written to `out`
   * at `outOff`: it does not depend on the state, so a block hashed under many keys needs it once. */
  schedule(words: Int32Array, off: number, out: Int32Array, outOff: number): void;
  /** `compress` of a block whose K + W words (`schedule`) are at `kw[off]`. */
  rounds(state: Int32Array, kw: Int32Array, off: number): void;
}

// Local copies: test runners that rewrite imports into property reads slow the hot loop 7×.
const K32 = K256.slice();
const K64 = K512.slice();
const W32 = new Int32Array(64);

export function schedule256(words: Int32Array, off: number, w: Int32Array, o: number): void {
  for (let i = 0; i < 16; i++) w[o + i] = words[off + i]!;
  for (let i = 16; i < 64; i++) {
    const a = w[o + i - 15]!;
    const b = w[o + i - 2]!;
    const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
    const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
    w[o + i] = (w[o + i - 16]! + s0 + w[o + i - 7]! + s1) | 0;
  }
  for (let i = 0; i < 64; i++) w[o + i] = (w[o + i]! + K32[i]!) | 0;
}

export function rounds256(state: Int32Array, kw: Int32Array, off: number): void {
  let a = state[0]!, b = state[1]!, c = state[2]!, d = state[3]!;
  let e = state[4]!, f = state[5]!, g = state[6]!, h = state[7]!;
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + S1 + ((e & f) ^ (~e & g)) + kw[off + i]!) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g; g = f; f = e; e = (d + t1) | 0;
    d = c; c = b; b = a; a = (t1 + t2) | 0;
  }
  state[0] = (state[0]! + a) | 0; state[1] = (state[1]! + b) | 0;
  state[2] = (state[2]! + c) | 0; state[3] = (state[3]! + d) | 0;
  state[4] = (state[4]! + e) | 0; state[5] = (state[5]! + f) | 0;
  state[6] = (state[6]! + g) | 0; state[7] = (state[7]! + h) | 0;
}

export function compress256(state: Int32Array, words: Int32Array, off: number): void {
  schedule256(words, off, W32, 0);
  rounds256(state, W32, 0);
}

const W64 = new Int32Array(160);
const TWO32 = 4294967296;

/** 64-bit rotate right of (hi, lo) by n (0 < n < 64, n ≠ 32): the high word. */
function rotH(hi: number, lo: number, n: number): number {
  return n < 32 ? (hi >>> n) | (lo << (32 - n)) : (lo >>> (n - 32)) | (hi << (64 - n));
}
function rotL(hi: number, lo: number, n: number): number {
  return n < 32 ? (lo >>> n) | (hi << (32 - n)) : (hi >>> (n - 32)) | (lo << (64 - n));
}

export function schedule512(words: Int32Array, off: number, w: Int32Array, o: number): void {
  for (let i = 0; i < 32; i++) w[o + i] = words[off + i]!;
  for (let i = 16; i < 80; i++) {
    const ah = w[o + 2 * (i - 15)]!, al = w[o + 2 * (i - 15) + 1]!;
    const bh = w[o + 2 * (i - 2)]!, bl = w[o + 2 * (i - 2) + 1]!;
    const s0h = rotH(ah, al, 1) ^ rotH(ah, al, 8) ^ (ah >>> 7);
    const s0l = rotL(ah, al, 1) ^ rotL(ah, al, 8) ^ ((al >>> 7) | (ah << 25));
    const s1h = rotH(bh, bl, 19) ^ rotH(bh, bl, 61) ^ (bh >>> 6);
    const s1l = rotL(bh, bl, 19) ^ rotL(bh, bl, 61) ^ ((bl >>> 6) | (bh << 26));
    const lo = (w[o + 2 * (i - 16) + 1]! >>> 0) + (s0l >>> 0) + (w[o + 2 * (i - 7) + 1]! >>> 0) + (s1l >>> 0);
    w[o + 2 * i] = (w[o + 2 * (i - 16)]! + s0h + w[o + 2 * (i - 7)]! + s1h + Math.floor(lo / TWO32)) | 0;
    w[o + 2 * i + 1] = lo | 0;
  }
  for (let i = 0; i < 160; i += 2) add64(w, o + i, K64[i]!, K64[i + 1]!);
}

export function rounds512(state: Int32Array, kw: Int32Array, off: number): void {
  let ah = state[0]!, al = state[1]!, bh = state[2]!, bl = state[3]!;
  let ch = state[4]!, cl = state[5]!, dh = state[6]!, dl = state[7]!;
  let eh = state[8]!, el = state[9]!, fh = state[10]!, fl = state[11]!;
  let gh = state[12]!, gl = state[13]!, hh = state[14]!, hl = state[15]!;
  for (let i = 0; i < 80; i++) {
    const S1h = rotH(eh, el, 14) ^ rotH(eh, el, 18) ^ rotH(eh, el, 41);
    const S1l = rotL(eh, el, 14) ^ rotL(eh, el, 18) ^ rotL(eh, el, 41);
    const chh = (eh & fh) ^ (~eh & gh);
    const chl = (el & fl) ^ (~el & gl);
    const t1lo = (hl >>> 0) + (S1l >>> 0) + (chl >>> 0) + (kw[off + 2 * i + 1]! >>> 0);
    const t1h = (hh + S1h + chh + kw[off + 2 * i]! + Math.floor(t1lo / TWO32)) | 0;
    const t1l = t1lo | 0;
    const S0h = rotH(ah, al, 28) ^ rotH(ah, al, 34) ^ rotH(ah, al, 39);
    const S0l = rotL(ah, al, 28) ^ rotL(ah, al, 34) ^ rotL(ah, al, 39);
    const mh = (ah & bh) ^ (ah & ch) ^ (bh & ch);
    const ml = (al & bl) ^ (al & cl) ^ (bl & cl);
    const t2lo = (S0l >>> 0) + (ml >>> 0);
    const t2h = (S0h + mh + Math.floor(t2lo / TWO32)) | 0;
    const t2l = t2lo | 0;
    hh = gh; hl = gl; gh = fh; gl = fl; fh = eh; fl = el;
    const elo = (dl >>> 0) + (t1l >>> 0);
    eh = (dh + t1h + Math.floor(elo / TWO32)) | 0; el = elo | 0;
    dh = ch; dl = cl; ch = bh; cl = bl; bh = ah; bl = al;
    const alo = (t1l >>> 0) + (t2l >>> 0);
    ah = (t1h + t2h + Math.floor(alo / TWO32)) | 0; al = alo | 0;
  }
  add64(state, 0, ah, al); add64(state, 2, bh, bl); add64(state, 4, ch, cl); add64(state, 6, dh, dl);
  add64(state, 8, eh, el); add64(state, 10, fh, fl); add64(state, 12, gh, gl); add64(state, 14, hh, hl);
}

export function compress512(state: Int32Array, words: Int32Array, off: number): void {
  schedule512(words, off, W64, 0);
  rounds512(state, W64, 0);
}

function add64(state: Int32Array, i: number, h: number, l: number): void {
  const lo = (state[i + 1]! >>> 0) + (l >>> 0);
  state[i] = (state[i]! + h + Math.floor(lo / TWO32)) | 0;
  state[i + 1] = lo | 0;
}
