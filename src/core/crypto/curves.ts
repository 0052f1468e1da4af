// Elliptic-curve helpers on @noble/curves: point checks, deriving a public key from a private
// scalar, and the verifications WebCrypto cannot do (ES256K on secp256k1, EdDSA on Ed448; we
// also verify Ed25519 here so the strict RFC 8032 rules are the same in every browser).
import { p256, p384, p521 } from '@noble/curves/nist.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { ed25519 } from '@noble/curves/ed25519.js';
import { ed448 } from '@noble/curves/ed448.js';
import { curves, type CurveName } from '../algorithms/curves';

type Weierstrass = typeof p256;

// The implementations of the curve table's signing curves, keyed by its names.
const weierstrass: Record<string, Weierstrass> = { 'P-256': p256, 'P-384': p384, 'P-521': p521, secp256k1 } satisfies Partial<Record<CurveName, Weierstrass>>;
const edwards = { Ed25519: ed25519, Ed448: ed448 } as const satisfies Partial<Record<CurveName, unknown>>;

/** Byte length of one coordinate (EC) or of the public key (OKP), from the curve table. */
export const COORDINATE_BYTES: Record<string, number> = Object.fromEntries(curves.map((c) => [c.crv, c.coordinateBytes]));

/** Named-curve OIDs (SPKI / SEC1 parameters) and the OKP algorithm OIDs, from the curve table. */
export const CURVE_OIDS: Record<string, string> = Object.fromEntries(curves.map((c) => [c.oid, c.crv]));

export function isWeierstrass(crv: string): boolean {
  return crv in weierstrass;
}

export function isEdwards(crv: string): crv is keyof typeof edwards {
  return crv in edwards;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Why an EC/OKP public key is not a usable point, or undefined when it is one. */
export function pointProblem(crv: string, x: Uint8Array, y?: Uint8Array): string | undefined {
  const size = COORDINATE_BYTES[crv];
  if (size === undefined) return undefined;
  if (x.length !== size || (y && y.length !== size)) {
    return `The ${crv} key has a ${x.length}-byte coordinate; ${crv} needs exactly ${size} bytes.`;
  }
  const curve = weierstrass[crv];
  if (curve) {
    if (!y) return `The ${crv} key has no y coordinate.`;
    return curve.utils.isValidPublicKey(concat(new Uint8Array([4]), x, y), false)
      ? undefined
      : `The ${crv} key is not a point on the curve, so it cannot be a real public key.`;
  }
  if (isEdwards(crv)) {
    try {
      edwards[crv].Point.fromBytes(x);
      return undefined;
    } catch {
      return `The ${crv} key does not decode to a point on the curve.`;
    }
  }
  return undefined;
}

export interface CurveParameters {
  p: bigint;
  a: bigint;
  b: bigint;
  /** The base point as a SEC1 encoding (compressed or not). */
  g: Uint8Array;
  n: bigint;
  h: bigint;
}

/** The Weierstrass curve whose domain parameters these are exactly, if any. */
export function explicitCurveName(params: CurveParameters): string | undefined {
  for (const [crv, curve] of Object.entries(weierstrass)) {
    const c = curve.Point.CURVE();
    if (c.p !== params.p || c.a !== params.a || c.b !== params.b || c.n !== params.n || c.h !== params.h) continue;
    try {
      if (curve.Point.fromBytes(params.g).equals(curve.Point.BASE)) return crv;
    } catch {
      // not a point of this curve
    }
  }
  return undefined;
}

/** Uncompressed point {x, y} of a compressed or uncompressed SEC1 encoding. */
export function decodePoint(crv: string, point: Uint8Array): { x: Uint8Array; y: Uint8Array } | undefined {
  const curve = weierstrass[crv];
  const size = COORDINATE_BYTES[crv];
  if (!curve || !size) return undefined;
  if (point[0] === 4 && point.length === 1 + 2 * size) {
    return { x: point.slice(1, 1 + size), y: point.slice(1 + size) };
  }
  try {
    const raw = curve.Point.fromBytes(point).toBytes(false);
    return { x: raw.slice(1, 1 + size), y: raw.slice(1 + size) };
  } catch {
    return undefined;
  }
}

/** Public point of an EC private scalar. */
export function ecPublicFromPrivate(crv: string, d: Uint8Array): { x: Uint8Array; y: Uint8Array } | undefined {
  const curve = weierstrass[crv];
  const size = COORDINATE_BYTES[crv];
  if (!curve || !size || d.length > size) return undefined;
  const padded = new Uint8Array(curve.lengths.secretKey ?? size);
  padded.set(d, padded.length - d.length);
  try {
    return decodePoint(crv, curve.getPublicKey(padded, false));
  } catch {
    return undefined;
  }
}

/** Public key of an Ed25519/Ed448 private seed. */
export function okpPublicFromPrivate(crv: string, seed: Uint8Array): Uint8Array | undefined {
  if (!isEdwards(crv)) return undefined;
  try {
    return edwards[crv].getPublicKey(seed);
  } catch {
    return undefined;
  }
}

/** ES256K: ECDSA over secp256k1 with SHA-256, R||S form; high S is accepted (RFC 8812). */
export function verifySecp256k1(signature: Uint8Array, message: Uint8Array, x: Uint8Array, y: Uint8Array): boolean {
  if (signature.length !== 64) return false;
  try {
    return secp256k1.verify(signature, message, concat(new Uint8Array([4]), x, y), { prehash: true, lowS: false });
  } catch {
    return false;
  }
}

/** EdDSA (RFC 8032, strict: no ZIP-215 leniency) with a raw public key. */
export function verifyEdwards(crv: string, signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  if (!isEdwards(crv)) return false;
  try {
    return edwards[crv].verify(signature, message, publicKey, { zip215: false });
  } catch {
    return false;
  }
}

/** ES256K signature: ECDSA over secp256k1 with SHA-256, R||S with low S (RFC 8812 §3.2), from
 * the private scalar `d` (left-padded to 32 bytes). */
export function signSecp256k1(message: Uint8Array, d: Uint8Array): Uint8Array {
  const padded = new Uint8Array(32);
  padded.set(d, 32 - d.length);
  return secp256k1.sign(message, padded, { prehash: true, lowS: true });
}

/** EdDSA signature (RFC 8032) from the private seed (`d` of an OKP JWK). */
export function signEdwards(crv: string, message: Uint8Array, seed: Uint8Array): Uint8Array | undefined {
  return isEdwards(crv) ? edwards[crv].sign(message, seed) : undefined;
}
