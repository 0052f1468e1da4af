// Hand parsing of ECDSA and EdDSA signatures before any crypto. WebCrypto only answers yes or
// no; the lint rules need to say why a signature is odd: DER instead of fixed-length R||S, a
// zero or out-of-range scalar, a high s, an EdDSA S at or above the group order.
import { algorithmOf, curveOf, curves } from '../algorithms';

export type EcdsaCurve = 'P-256' | 'P-384' | 'P-521' | 'secp256k1';
export type EdCurve = 'Ed25519' | 'Ed448';

/** Group orders of the signing curves, from the curve table (FIPS 186-5 / SEC 2 n, RFC 8032
 * L); tests/unit/core/lint/signature-shape.test.ts checks them against @noble/curves. */
function orders<C extends string>(scheme: 'ECDSA' | 'EdDSA'): Readonly<Record<C, bigint>> {
  return Object.fromEntries(curves.filter((c) => c.sign === scheme).map((c) => [c.crv, c.order!])) as Record<C, bigint>;
}
export const ECDSA_ORDERS = orders<EcdsaCurve>('ECDSA');
export const EDDSA_ORDERS = orders<EdCurve>('EdDSA');

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
  return { curve: curve.crv as EdCurve, L: curve.order!, s: littleEndian(sig, size / 2, size) };
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
