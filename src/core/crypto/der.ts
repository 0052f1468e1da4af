// A minimal ASN.1 DER reader and writer: enough for SPKI, PKCS#1, PKCS#8, SEC1 and X.509.
// The reader is strict about lengths (definite, minimal, inside the buffer) and throws
// DerError, which the key parsers catch and turn into a sentence; nothing escapes core.

export class DerError extends Error {}

export interface DerNode {
  tag: number;
  /** Offset of the tag byte in the buffer. */
  start: number;
  /** Offset just past the node. */
  end: number;
  /** The content octets. */
  content: Uint8Array;
}

export const TAG = {
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  null: 0x05,
  oid: 0x06,
  utf8String: 0x0c,
  printableString: 0x13,
  ia5String: 0x16,
  utcTime: 0x17,
  generalizedTime: 0x18,
  sequence: 0x30,
  set: 0x31,
} as const;

/** Reads one TLV at `offset`. */
export function readNode(bytes: Uint8Array, offset = 0): DerNode {
  if (offset + 2 > bytes.length) throw new DerError('truncated');
  const tag = bytes[offset]!;
  if ((tag & 0x1f) === 0x1f) throw new DerError('high tag numbers are not used in keys');
  let length = bytes[offset + 1]!;
  let header = 2;
  if (length === 0x80) throw new DerError('indefinite length');
  if (length > 0x80) {
    const count = length & 0x7f;
    if (count > 4 || offset + 2 + count > bytes.length) throw new DerError('bad length');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[offset + 2 + i]!;
    header += count;
  }
  const end = offset + header + length;
  if (end > bytes.length) throw new DerError('length runs past the end of the data');
  return { tag, start: offset, end, content: bytes.subarray(offset + header, end) };
}

/** Reads the whole buffer as exactly one node (no trailing bytes). */
export function readDer(bytes: Uint8Array): DerNode {
  const node = readNode(bytes, 0);
  if (node.end !== bytes.length) throw new DerError('trailing bytes after the structure');
  return node;
}

/** The children of a constructed node. */
export function childrenOf(node: DerNode): DerNode[] {
  const out: DerNode[] = [];
  let offset = 0;
  while (offset < node.content.length) {
    const child = readNode(node.content, offset);
    out.push(child);
    offset = child.end;
  }
  return out;
}

/** Children of a node that must be a SEQUENCE with at least `min` children. */
export function sequence(node: DerNode | undefined, min = 0): DerNode[] {
  if (!node || node.tag !== TAG.sequence) throw new DerError('expected a SEQUENCE');
  const kids = childrenOf(node);
  if (kids.length < min) throw new DerError('SEQUENCE is too short');
  return kids;
}

export function expectTag(node: DerNode | undefined, tag: number): DerNode {
  if (!node || node.tag !== tag) throw new DerError(`expected tag 0x${tag.toString(16)}`);
  return node;
}

/** Unsigned big-endian bytes of an INTEGER (leading zero removed). */
export function integerBytes(node: DerNode | undefined): Uint8Array {
  const c = expectTag(node, TAG.integer).content;
  if (c.length === 0) throw new DerError('empty INTEGER');
  let i = 0;
  while (i < c.length - 1 && c[i] === 0) i++;
  return c.subarray(i);
}

export function integerValue(node: DerNode | undefined): bigint {
  return bytesToBigInt(integerBytes(node));
}

/** Content of a BIT STRING with no unused bits. */
export function bitStringBytes(node: DerNode | undefined): Uint8Array {
  const c = expectTag(node, TAG.bitString).content;
  if (c.length === 0 || c[0] !== 0) throw new DerError('BIT STRING with unused bits');
  return c.subarray(1);
}

export function oidText(node: DerNode | undefined): string {
  const c = expectTag(node, TAG.oid).content;
  if (c.length === 0) throw new DerError('empty OID');
  const parts: number[] = [];
  let value = 0;
  for (const byte of c) {
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) {
      if (parts.length === 0) parts.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80);
      else parts.push(value);
      value = 0;
    }
  }
  return parts.join('.');
}

const HEX_BYTE = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/** Big-endian bytes as a non-negative bigint: one hex parse instead of a shift per byte (a
 * 2048-bit modulus was 256 ever-larger intermediate bigints). */
export function bytesToBigInt(bytes: Uint8Array): bigint {
  if (bytes.length === 0) return 0n;
  let hex = '0x';
  for (let i = 0; i < bytes.length; i++) hex += HEX_BYTE[bytes[i]!]!;
  return BigInt(hex);
}

/** How many bits a non-negative bigint needs (0 for 0), as `n.toString(2).length` without the
 * binary string. */
export function bitLength(n: bigint): number {
  if (n <= 0n) return 0;
  const hex = n.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0]!, 16)));
}

/** Big-endian bytes of a non-negative bigint, left-padded to `length` when given. */
export function bigIntToBytes(n: bigint, length?: number): Uint8Array {
  let hex = n.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  const raw = new Uint8Array(hex.length / 2);
  for (let i = 0; i < raw.length; i++) raw[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  if (length === undefined || raw.length >= length) return raw;
  const out = new Uint8Array(length);
  out.set(raw, length - raw.length);
  return out;
}

// --- writer ------------------------------------------------------------------------------------

export function encode(tag: number, ...parts: Uint8Array[]): Uint8Array {
  const length = parts.reduce((sum, p) => sum + p.length, 0);
  const lengthBytes = length < 0x80 ? [length] : lengthOctets(length);
  const out = new Uint8Array(1 + lengthBytes.length + length);
  out[0] = tag;
  out.set(lengthBytes, 1);
  let o = 1 + lengthBytes.length;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

function lengthOctets(length: number): number[] {
  const bytes: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) bytes.unshift(n % 256);
  return [0x80 | bytes.length, ...bytes];
}

/** An INTEGER from unsigned big-endian bytes. */
export function encodeInteger(unsigned: Uint8Array): Uint8Array {
  let i = 0;
  while (i < unsigned.length - 1 && unsigned[i] === 0) i++;
  const body = unsigned.subarray(i);
  return (body[0] ?? 0) & 0x80 ? encode(TAG.integer, new Uint8Array([0]), body) : encode(TAG.integer, body);
}

export function encodeOid(oid: string): Uint8Array {
  const [a = 0, b = 0, ...rest] = oid.split('.').map(Number);
  const out: number[] = [a * 40 + b];
  for (const n of rest) {
    const chunk: number[] = [n & 0x7f];
    for (let v = Math.floor(n / 128); v > 0; v = Math.floor(v / 128)) chunk.unshift((v & 0x7f) | 0x80);
    out.push(...chunk);
  }
  return encode(TAG.oid, new Uint8Array(out));
}

export function encodeBitString(bytes: Uint8Array): Uint8Array {
  return encode(TAG.bitString, new Uint8Array([0]), bytes);
}
