// Strict base64url analysis with a lenient decode (RFC 4648 §5, RFC 7515 §2): every way a
// segment departs from canonical base64url is reported separately, and the bytes are decoded
// anyway (whitespace dropped, + and / mapped, padding and stray characters skipped) so the
// content can still be shown. One pass over the text, lookup tables, no regex per character.
import { decodeCanonical } from './base64-native';
import type { Base64Issue } from './types';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Character class of each code unit below 128: 0..63 = base64url digit value. */
const STD_PLUS = 64;
const STD_SLASH = 65;
const PAD = 66;
const SPACE = 67;
const OTHER = 68;

const CLASS = new Uint8Array(128).fill(OTHER);
for (let i = 0; i < 64; i++) CLASS[ALPHABET.charCodeAt(i)] = i;
CLASS[0x2b] = STD_PLUS;
CLASS[0x2f] = STD_SLASH;
CLASS[0x3d] = PAD;
for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20]) CLASS[c] = SPACE;

const F_STD = 1;
const F_PAD = 2;
const F_SPACE = 4;
const F_OTHER = 8;
/** Flag of each non-digit class, indexed by class - 64. */
const FLAG = [F_STD, F_STD, F_PAD, F_SPACE, F_OTHER];

/** Whitespace outside ASCII, as JavaScript's \s knows it (NBSP, line separators, BOM...). */
export function isUnicodeSpace(c: number): boolean {
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

export interface Base64Result {
  /** Lenient decode: whitespace dropped, std alphabet mapped, padding and stray characters skipped. */
  bytes: Uint8Array;
  /** Strictness problems, each at most once, in a fixed order. Empty for canonical base64url. */
  issues: Base64Issue[];
  /** Offset (in the given text) of the first character that is not base64 at all, if any. */
  invalidAt?: number;
}

const ISSUE_ORDER: Base64Issue[] = ['padding', 'std-alphabet', 'whitespace', 'invalid-char', 'bad-length', 'trailing-bits'];

/** Analyses `text` as a base64url segment and decodes it leniently. */
export function decodeBase64url(text: string): Base64Result {
  const native = decodeCanonical(text);
  if (native) {
    // Canonical digits only: the one issue left is non-zero bits below the last byte.
    const last = CLASS[text.charCodeAt(text.length - 1)]!;
    const rest = text.length % 4;
    const trailing = (rest === 2 && (last & 0x0f) !== 0) || (rest === 3 && (last & 0x03) !== 0);
    return { bytes: native, issues: trailing ? ['trailing-bits'] : [] };
  }
  const n = text.length;
  // Every character that counts carries 6 bits, so the bytes never exceed 3/4 of the length:
  // a canonical segment fills the array exactly and is returned without a copy.
  const out = new Uint8Array(Math.floor((n * 3) / 4));
  let o = 0;
  let acc = 0; // bit accumulator (at most 12 meaningful bits)
  let bits = 0;
  let digits = 0; // alphabet characters seen (std alphabet included)
  let lastValue = 0;
  let seen = 0; // bit set over the classes above
  let invalidAt: number | undefined;

  for (let i = 0; i < n; i++) {
    // Fast path: four alphabet characters on a quantum boundary make three bytes.
    while (bits === 0 && i + 4 <= n) {
      const c0 = text.charCodeAt(i);
      const c1 = text.charCodeAt(i + 1);
      const c2 = text.charCodeAt(i + 2);
      const c3 = text.charCodeAt(i + 3);
      if ((c0 | c1 | c2 | c3) >= 128) break;
      const v0 = CLASS[c0]!;
      const v1 = CLASS[c1]!;
      const v2 = CLASS[c2]!;
      const v3 = CLASS[c3]!;
      if ((v0 | v1 | v2 | v3) >= 64) break;
      out[o++] = (v0 << 2) | (v1 >> 4);
      out[o++] = ((v1 & 15) << 4) | (v2 >> 2);
      out[o++] = ((v2 & 3) << 6) | v3;
      digits += 4;
      lastValue = v3;
      i += 4;
    }
    if (i >= n) break;
    const c = text.charCodeAt(i);
    let v = c < 128 ? CLASS[c]! : isUnicodeSpace(c) ? SPACE : OTHER;
    if (v >= 64) {
      seen |= FLAG[v - 64]!;
      if (v === STD_PLUS) v = 62;
      else if (v === STD_SLASH) v = 63;
      else {
        if (v === OTHER && invalidAt === undefined) invalidAt = i;
        continue;
      }
    }
    acc = ((acc << 6) | v) & 0xffff;
    bits += 6;
    digits++;
    lastValue = v;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }

  const issues = new Set<Base64Issue>();
  if (seen & F_PAD) issues.add('padding');
  if (seen & F_STD) issues.add('std-alphabet');
  if (seen & F_SPACE) issues.add('whitespace');
  if (seen & F_OTHER) issues.add('invalid-char');
  const rest = digits % 4;
  if (rest === 1) issues.add('bad-length');
  else if ((rest === 2 && (lastValue & 0x0f) !== 0) || (rest === 3 && (lastValue & 0x03) !== 0)) {
    issues.add('trailing-bits');
  }
  return {
    bytes: o === out.length ? out : out.slice(0, o),
    issues: ISSUE_ORDER.filter((i) => issues.has(i)),
    ...(invalidAt !== undefined ? { invalidAt } : {}),
  };
}

/** Canonical base64url (no padding) of `bytes`. */
export function encodeBase64url(bytes: Uint8Array): string {
  const n = bytes.length;
  const chunks: string[] = [];
  const CHUNK = 3 * 4096;
  for (let start = 0; start < n; start += CHUNK) {
    const end = Math.min(n, start + CHUNK);
    const codes = new Array<number>(Math.ceil(((end - start) * 4) / 3));
    let k = 0;
    let i = start;
    for (; i + 2 < end; i += 3) {
      const t = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
      codes[k++] = ALPHABET.charCodeAt(t >> 18);
      codes[k++] = ALPHABET.charCodeAt((t >> 12) & 63);
      codes[k++] = ALPHABET.charCodeAt((t >> 6) & 63);
      codes[k++] = ALPHABET.charCodeAt(t & 63);
    }
    if (i < end) {
      const t = (bytes[i]! << 16) | ((i + 1 < end ? bytes[i + 1]! : 0) << 8);
      codes[k++] = ALPHABET.charCodeAt(t >> 18);
      codes[k++] = ALPHABET.charCodeAt((t >> 12) & 63);
      if (i + 1 < end) codes[k++] = ALPHABET.charCodeAt((t >> 6) & 63);
    }
    codes.length = k;
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}

/** base64url of a string's UTF-8 bytes. */
export function encodeBase64urlText(text: string): string {
  return encodeBase64url(new TextEncoder().encode(text));
}
