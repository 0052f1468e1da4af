// One table describing each JWS algorithm once. Everything that needs to know what an `alg`
// means (verification, key selection, lint rules, the UI) reads it from here.

export type AlgorithmFamily = 'HMAC' | 'RSA-PKCS1' | 'RSA-PSS' | 'ECDSA' | 'EdDSA' | 'none';
export type HashName = 'SHA-256' | 'SHA-384' | 'SHA-512';
export type KeyType = 'oct' | 'RSA' | 'EC' | 'OKP';
export type CurveName = 'P-256' | 'P-384' | 'P-521' | 'secp256k1' | 'Ed25519' | 'Ed448';

export interface AlgorithmInfo {
  /** The registered name, exactly as it appears in a header. */
  alg: string;
  family: AlgorithmFamily;
  /** Hash used by the signature (EdDSA hashes internally: undefined). */
  hash?: HashName;
  /** JWK kty of a key that can verify it (undefined for 'none'). */
  kty?: KeyType;
  /** Curves allowed: exactly one for ECDSA, Ed25519/Ed448 for EdDSA, undefined otherwise. */
  curves?: readonly CurveName[];
  /** Exact signature length in bytes, when fixed by the alg (ECDSA R||S, EdDSA, HMAC). RSA
   * signatures are as long as the modulus: undefined here. */
  signatureLength?: number;
  /** Asymmetric (public-key) algorithm. */
  asymmetric: boolean;
  /** WebCrypto (and jose 6) can verify it; otherwise a pure-JS path (@noble/curves) is needed. */
  webCrypto: boolean;
  /** Registered in the IANA JOSE registry but deprecated or discouraged. */
  deprecated?: boolean;
}

const table: readonly AlgorithmInfo[] = [
  { alg: 'HS256', family: 'HMAC', hash: 'SHA-256', kty: 'oct', signatureLength: 32, asymmetric: false, webCrypto: true },
  { alg: 'HS384', family: 'HMAC', hash: 'SHA-384', kty: 'oct', signatureLength: 48, asymmetric: false, webCrypto: true },
  { alg: 'HS512', family: 'HMAC', hash: 'SHA-512', kty: 'oct', signatureLength: 64, asymmetric: false, webCrypto: true },
  { alg: 'RS256', family: 'RSA-PKCS1', hash: 'SHA-256', kty: 'RSA', asymmetric: true, webCrypto: true },
  { alg: 'RS384', family: 'RSA-PKCS1', hash: 'SHA-384', kty: 'RSA', asymmetric: true, webCrypto: true },
  { alg: 'RS512', family: 'RSA-PKCS1', hash: 'SHA-512', kty: 'RSA', asymmetric: true, webCrypto: true },
  { alg: 'PS256', family: 'RSA-PSS', hash: 'SHA-256', kty: 'RSA', asymmetric: true, webCrypto: true },
  { alg: 'PS384', family: 'RSA-PSS', hash: 'SHA-384', kty: 'RSA', asymmetric: true, webCrypto: true },
  { alg: 'PS512', family: 'RSA-PSS', hash: 'SHA-512', kty: 'RSA', asymmetric: true, webCrypto: true },
  { alg: 'ES256', family: 'ECDSA', hash: 'SHA-256', kty: 'EC', curves: ['P-256'], signatureLength: 64, asymmetric: true, webCrypto: true },
  { alg: 'ES384', family: 'ECDSA', hash: 'SHA-384', kty: 'EC', curves: ['P-384'], signatureLength: 96, asymmetric: true, webCrypto: true },
  { alg: 'ES512', family: 'ECDSA', hash: 'SHA-512', kty: 'EC', curves: ['P-521'], signatureLength: 132, asymmetric: true, webCrypto: true },
  { alg: 'ES256K', family: 'ECDSA', hash: 'SHA-256', kty: 'EC', curves: ['secp256k1'], signatureLength: 64, asymmetric: true, webCrypto: false },
  // RFC 8037 EdDSA: the curve comes from the key (Ed25519: 64-byte signature, Ed448: 114).
  { alg: 'EdDSA', family: 'EdDSA', kty: 'OKP', curves: ['Ed25519', 'Ed448'], asymmetric: true, webCrypto: true },
  // RFC 9864 fully-specified EdDSA algorithms.
  { alg: 'Ed25519', family: 'EdDSA', kty: 'OKP', curves: ['Ed25519'], signatureLength: 64, asymmetric: true, webCrypto: true },
  { alg: 'Ed448', family: 'EdDSA', kty: 'OKP', curves: ['Ed448'], signatureLength: 114, asymmetric: true, webCrypto: false },
  { alg: 'none', family: 'none', asymmetric: false, webCrypto: false },
];

const byName = new Map(table.map((a) => [a.alg, a]));

/** The algorithm registered under exactly this name (case-sensitive, as JOSE is), or undefined. */
export function algorithmOf(alg: unknown): AlgorithmInfo | undefined {
  return typeof alg === 'string' ? byName.get(alg) : undefined;
}

/** Every algorithm in the table, in registry order. */
export const algorithms: readonly AlgorithmInfo[] = table;

/** Names of the signing algorithms we can verify (everything but 'none'). */
export const verifiableAlgorithms: readonly string[] = table.filter((a) => a.family !== 'none').map((a) => a.alg);

/** True for "none" in any casing ("None", "NONE", "nOnE"). */
export function isNoneAlg(alg: unknown): boolean {
  return typeof alg === 'string' && alg.toLowerCase() === 'none';
}

/** Signature length in bytes for an EdDSA/ECDSA curve. */
export function curveSignatureLength(crv: string): number | undefined {
  switch (crv) {
    case 'P-256':
    case 'secp256k1':
    case 'Ed25519':
      return 64;
    case 'P-384':
      return 96;
    case 'P-521':
      return 132;
    case 'Ed448':
      return 114;
    default:
      return undefined;
  }
}

/** Field size in bits of a curve (for KeyCandidate.bits). */
export function curveBits(crv: string): number | undefined {
  const bits: Record<string, number> = {
    'P-256': 256,
    'P-384': 384,
    'P-521': 521,
    secp256k1: 256,
    Ed25519: 255,
    Ed448: 448,
    X25519: 255,
    X448: 448,
  };
  return bits[crv];
}

/** The algorithms a key of this type (and curve) can verify. */
export function algorithmsForKey(kty: string, crv?: string): AlgorithmInfo[] {
  return table.filter((a) => a.kty === kty && (!a.curves || (crv !== undefined && a.curves.includes(crv as CurveName))));
}
