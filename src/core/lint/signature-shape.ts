// Hand parsing of ECDSA and EdDSA signatures before any crypto. WebCrypto only answers yes or
// no; the lint rules need to say why a signature is odd: DER instead of fixed-length R||S, a
// zero or out-of-range scalar, a high s, an EdDSA S at or above the group order.
import { algorithmOf, curveOf } from '../algorithms';

export type EcdsaCurve = 'P-256' | 'P-384' | 'P-521' | 'secp256k1';
export type EdCurve = 'Ed25519' | 'Ed448';

/** Group orders n (FIPS 186-5 / SEC 2); tests/unit/core/lint/signature-shape.test.ts checks
 * them against @noble/curves. */
export const ECDSA_ORDERS: Readonly<Record<EcdsaCurve, bigint>> = {
  'P-256': 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n,
  'P-384':
    0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973n,
  'P-521':
    0x1fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa51868783bf2f966b7fcc0148f709a5d03bb5c9b8899c47aebb6fb71e91386409n,
  secp256k1: 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n,
};

/** Group orders L of the EdDSA curves (RFC 8032 §5.1, §5.2). */
export const EDDSA_ORDERS: Readonly<Record<EdCurve, bigint>> = {
  Ed25519: 0x1000000000000000000000000000000014def9dea2f79cd65812631a5cf5d3edn,
  Ed448:
    0x3fffffffffffffffffffffffffffffffffffffffffffffffffffffff7cca23e9c44edb49aed63690216cc2728dc58f552378c292ab5844f3n,
};

export interface EcdsaShape {
  curve: EcdsaCurve;
  n: bigint;
  /** 'raw': the JWS form R||S of the expected length; 'der': an ASN.1 SEQUENCE of two
   * INTEGERs; 'unknown': neither (wrong length, garbage). */
  form: 'raw' | 'der' | 'unknown';
  r?: bigint;
  s?: bigint;
}

/** The shape of an ECDSA signature for an ES* alg; undefined when the alg is not ECDSA. */
export function ecdsaShape(alg: unknown, sig: Uint8Array): EcdsaShape | undefined {
  const info = algorithmOf(alg);
  if (info?.family !== 'ECDSA' || !info.curves?.[0] || info.signatureLength === undefined) return undefined;
  const curve = info.curves[0] as EcdsaCurve;
  const n = ECDSA_ORDERS[curve];
  if (sig.length === info.signatureLength) {
    const half = sig.length / 2;
    return { curve, n, form: 'raw', r: bigEndian(sig, 0, half), s: bigEndian(sig, half, sig.length) };
  }
  const der = parseDerSignature(sig);
  if (der) return { curve, n, form: 'der', ...der };
  return { curve, n, form: 'unknown' };
}

/** `SEQUENCE { INTEGER r, INTEGER s }` taking up exactly the whole input, else undefined.
 * Lenient about minimal encodings (a probe need not be canonical DER to be one). */
export function parseDerSignature(sig: Uint8Array): { r: bigint; s: bigint } | undefined {
  if (sig[0] !== 0x30) return undefined;
  const seq = readLength(sig, 1);
  if (!seq || seq.next + seq.length !== sig.length) return undefined;
  const r = readInteger(sig, seq.next);
  const s = r && readInteger(sig, r.next);
  if (!r || !s || s.next !== sig.length) return undefined;
  return { r: r.value, s: s.value };
}

function readLength(b: Uint8Array, at: number): { length: number; next: number } | undefined {
  const first = b[at];
  if (first === undefined) return undefined;
  if (first < 0x80) return { length: first, next: at + 1 };
  const count = first & 0x7f;
  if (count === 0 || count > 2 || at + 1 + count > b.length) return undefined;
  let length = 0;
  for (let i = 0; i < count; i++) length = length * 256 + b[at + 1 + i]!;
  return { length, next: at + 1 + count };
}

function readInteger(b: Uint8Array, at: number): { value: bigint; next: number } | undefined {
  if (b[at] !== 0x02) return undefined;
  const len = readLength(b, at + 1);
  if (!len || len.length === 0 || len.next + len.length > b.length) return undefined;
  return { value: bigEndian(b, len.next, len.next + len.length), next: len.next + len.length };
}

export interface EddsaScalar {
  curve: EdCurve;
  L: bigint;
  /** The S half of the signature, read little-endian (RFC 8032). */
  s: bigint;
}

/** The S scalar of an EdDSA signature. `crv` is the key's curve when known; without it the
 * polymorphic `EdDSA` alg is resolved by signature length (64: Ed25519, 114: Ed448). */
export function eddsaScalar(alg: unknown, sig: Uint8Array, crv?: string): EddsaScalar | undefined {
  const info = algorithmOf(alg);
  if (info?.family !== 'EdDSA') return undefined;
  const edwards = info.curves!.map((c) => curveOf(c)!);
  const curve =
    edwards.length === 1 ? edwards[0] : (edwards.find((c) => c.crv === crv) ?? edwards.find((c) => c.signatureLength === sig.length));
  const size = curve?.signatureLength;
  if (!curve || sig.length !== size) return undefined;
  return { curve: curve.crv as EdCurve, L: EDDSA_ORDERS[curve.crv as EdCurve], s: littleEndian(sig, size / 2, size) };
}

export function bigEndian(b: Uint8Array, from: number, to: number): bigint {
  let v = 0n;
  for (let i = from; i < to; i++) v = (v << 8n) | BigInt(b[i]!);
  return v;
}

function littleEndian(b: Uint8Array, from: number, to: number): bigint {
  let v = 0n;
  for (let i = to - 1; i >= from; i--) v = (v << 8n) | BigInt(b[i]!);
  return v;
}

/** True when every byte is zero (and there is at least one). */
export function allZero(b: Uint8Array): boolean {
  return b.length > 0 && b.every((x) => x === 0);
}
