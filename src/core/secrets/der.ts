// Just enough DER to rebuild the byte forms of a public key (SPKI, PKCS#1) from a JWK and to
// take an SPKI apart, for the key-confusion check. Not a general ASN.1 library.

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function tlv(tag: number, content: Uint8Array): Uint8Array {
  const n = content.length;
  let len: number[];
  if (n < 0x80) len = [n];
  else {
    const bytes: number[] = [];
    for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
    len = [0x80 | bytes.length, ...bytes];
  }
  return concat([Uint8Array.of(tag, ...len), content]);
}

export const seq = (...items: Uint8Array[]) => tlv(0x30, concat(items));
export const bitString = (bytes: Uint8Array) => tlv(0x03, concat([Uint8Array.of(0), bytes]));
export const nullValue = () => Uint8Array.of(0x05, 0x00);

/** INTEGER from unsigned big-endian bytes (leading zeros dropped, 0x00 added when needed). */
export function unsignedInt(bytes: Uint8Array): Uint8Array {
  let i = 0;
  while (i < bytes.length - 1 && bytes[i] === 0) i++;
  const v = bytes.subarray(i);
  return tlv(0x02, v[0]! & 0x80 ? concat([Uint8Array.of(0), v]) : v);
}

export function hex(text: string): Uint8Array {
  return Uint8Array.from(text.match(/../g) ?? [], (b) => parseInt(b, 16));
}

export interface DerItem {
  tag: number;
  /** Offsets of the content in the input. */
  start: number;
  end: number;
}

/** The TLV at `at`, or undefined when it does not fit in the bytes. */
export function readTlv(der: Uint8Array, at: number): DerItem | undefined {
  const tag = der[at];
  let len = der[at + 1];
  if (tag === undefined || len === undefined) return undefined;
  let start = at + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4) return undefined;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + (der[start + i] ?? NaN);
    start += n;
  }
  const end = start + len;
  return Number.isFinite(end) && end <= der.length ? { tag, start, end } : undefined;
}

/** The items directly inside a constructed TLV. */
export function children(der: Uint8Array, item: DerItem): DerItem[] {
  const out: DerItem[] = [];
  for (let at = item.start; at < item.end; ) {
    const c = readTlv(der, at);
    if (!c || c.end > item.end) return out;
    out.push(c);
    at = c.end;
  }
  return out;
}

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}
