// The JWS signature algorithms (RFC 7518 §3, RFC 8037, RFC 8812, RFC 9864, RFC 9964), each
// described once. Lengths of ECDSA and EdDSA signatures come from the curve table.
import { curveOf, type CurveName } from './curves';
import type { KeyType } from '../report';

export type AlgorithmFamily = 'HMAC' | 'RSA-PKCS1' | 'RSA-PSS' | 'ECDSA' | 'EdDSA' | 'ML-DSA' | 'none';
export type HashName = 'SHA-256' | 'SHA-384' | 'SHA-512';
export type { KeyType };

/** WebCrypto's importKey algorithm for a key. */
export type ImportParams = RsaHashedImportParams | EcKeyImportParams | HmacImportParams | Algorithm;

/** How WebCrypto signs and verifies one JWS algorithm. */
export interface WebCryptoSigning {
  /** importKey's algorithm: the public key (verify), the private key (sign), or the secret. */
  importParams: ImportParams;
  /** The algorithm argument of crypto.subtle.sign / verify. */
  signParams: Algorithm | RsaPssParams | EcdsaParams;
  /** Key usages to import with, per operation. */
  usages: { verify: KeyUsage[]; sign: KeyUsage[] };
}

export interface AlgorithmInfo {
  /** The registered name, exactly as it appears in a header. */
  alg: string;
  family: AlgorithmFamily;
  /** Hash used by the signature (EdDSA and ML-DSA hash internally: undefined). */
  hash?: HashName;
  /** JWK kty of a key that can verify it (undefined for 'none'). */
  kty?: KeyType;
  /** Curves allowed: exactly one for ECDSA, Ed25519/Ed448 for EdDSA, undefined otherwise. */
  curves?: readonly CurveName[];
  /** Exact signature length in bytes, when fixed by the alg (ECDSA R||S, EdDSA, HMAC, ML-DSA).
   * RSA signatures are as long as the modulus: undefined here. */
  signatureLength?: number;
  /** Smallest key RFC 7518 allows: HMAC a secret as long as the hash (§3.2), RSA 2048 bits
   * (§3.3, §3.5). */
  minKeyBits?: number;
  /** ML-DSA: length of the AKP public key `pub` in bytes (FIPS 204 Table 2). */
  publicKeyLength?: number;
  /** Asymmetric (public-key) algorithm. */
  asymmetric: boolean;
  /** Present when WebCrypto can sign and verify it. EdDSA: with an Ed25519 key (no WebCrypto
   * has Ed448; see CurveInfo.webCrypto). */
  webCrypto?: WebCryptoSigning;
  /** What this build can do with it. `verify`: src/core/verify checks it (HMAC, ES256K and
   * EdDSA through @noble, ML-DSA through @noble/post-quantum, the rest through WebCrypto). `sign`:
   * src/core/sign makes the signature (HMAC, ES256K, Ed448 and ML-DSA through @noble, the rest
   * through WebCrypto). */
  can: { verify: boolean; sign: boolean };
  /** Registered in the IANA JOSE registry but deprecated or discouraged. */
  deprecated?: boolean;
  /** Registered algorithms to prefer for new tokens (alg-not-recommended says so). */
  successors?: readonly string[];
}

const both = { verify: true, sign: true };
const usages = (): WebCryptoSigning['usages'] => ({ verify: ['verify'], sign: ['sign'] });
const sha = (bits: 256 | 384 | 512): HashName => `SHA-${bits}`;

function hmac(bits: 256 | 384 | 512): AlgorithmInfo {
  const hash = sha(bits);
  const webCrypto = { importParams: { name: 'HMAC', hash }, signParams: { name: 'HMAC' }, usages: usages() };
  return { alg: `HS${bits}`, family: 'HMAC', hash, kty: 'oct', signatureLength: bits / 8, minKeyBits: bits, asymmetric: false, webCrypto, can: both };
}

/** RS*: RSASSA-PKCS1-v1_5; PS*: RSASSA-PSS with a salt as long as the hash (RFC 7518 §3.5). */
function rsa(prefix: 'RS' | 'PS', bits: 256 | 384 | 512): AlgorithmInfo {
  const hash = sha(bits);
  const name = prefix === 'PS' ? 'RSA-PSS' : 'RSASSA-PKCS1-v1_5';
  const signParams = prefix === 'PS' ? { name, saltLength: bits / 8 } : { name };
  return {
    alg: `${prefix}${bits}`,
    family: prefix === 'PS' ? 'RSA-PSS' : 'RSA-PKCS1',
    hash,
    kty: 'RSA',
    minKeyBits: 2048,
    asymmetric: true,
    webCrypto: { importParams: { name, hash }, signParams, usages: usages() },
    can: both,
    ...(prefix === 'RS' ? { successors: [`PS${bits}`, `ES${bits}`] } : {}),
  };
}

function ecdsa(alg: string, bits: 256 | 384 | 512, crv: CurveName): AlgorithmInfo {
  const hash = sha(bits);
  const curve = curveOf(crv)!;
  const webCrypto = { importParams: { name: 'ECDSA', namedCurve: crv }, signParams: { name: 'ECDSA', hash }, usages: usages() };
  return {
    alg,
    family: 'ECDSA',
    hash,
    kty: 'EC',
    curves: [crv],
    signatureLength: curve.signatureLength!,
    asymmetric: true,
    ...(curve.webCrypto ? { webCrypto } : {}),
    can: both,
  };
}

function eddsa(alg: string, crvs: CurveName[]): AlgorithmInfo {
  const lengths = new Set(crvs.map((crv) => curveOf(crv)!.signatureLength!));
  const webCrypto = { importParams: { name: 'Ed25519' }, signParams: { name: 'Ed25519' }, usages: usages() };
  return {
    alg,
    family: 'EdDSA',
    kty: 'OKP',
    curves: crvs,
    ...(lengths.size === 1 ? { signatureLength: [...lengths][0]! } : {}),
    asymmetric: true,
    ...(crvs.includes('Ed25519') ? { webCrypto } : {}),
    can: both,
  };
}

/** RFC 9964: ML-DSA with an AKP key. No WebCrypto has it: @noble/post-quantum, loaded on first
 * use (crypto/ml-dsa.ts), verifies and signs it. */
function mlDsa(level: 44 | 65 | 87, signatureLength: number, publicKeyLength: number): AlgorithmInfo {
  return { alg: `ML-DSA-${level}`, family: 'ML-DSA', kty: 'AKP', signatureLength, publicKeyLength, asymmetric: true, can: both };
}

export const jwsAlgorithms: readonly AlgorithmInfo[] = [
  hmac(256),
  hmac(384),
  hmac(512),
  rsa('RS', 256),
  rsa('RS', 384),
  rsa('RS', 512),
  rsa('PS', 256),
  rsa('PS', 384),
  rsa('PS', 512),
  ecdsa('ES256', 256, 'P-256'),
  ecdsa('ES384', 384, 'P-384'),
  ecdsa('ES512', 512, 'P-521'),
  ecdsa('ES256K', 256, 'secp256k1'),
  // RFC 8037 EdDSA: the curve comes from the key. RFC 9864 deprecates it for the two below.
  { ...eddsa('EdDSA', ['Ed25519', 'Ed448']), deprecated: true, successors: ['Ed25519', 'Ed448'] },
  eddsa('Ed25519', ['Ed25519']),
  eddsa('Ed448', ['Ed448']),
  // Unsecured: nothing to verify; "signing" it is writing an empty signature.
  { alg: 'none', family: 'none', asymmetric: false, can: { verify: false, sign: true } },
  mlDsa(44, 2420, 1312),
  mlDsa(65, 3309, 1952),
  mlDsa(87, 4627, 2592),
];

const byName = new Map(jwsAlgorithms.map((a) => [a.alg, a]));

/** The registered JWS algorithm under exactly this name (case-sensitive, as JOSE is), also one
 * this build cannot verify (none today), or undefined. */
export function jwsAlgorithmOf(alg: unknown): AlgorithmInfo | undefined {
  return typeof alg === 'string' ? byName.get(alg) : undefined;
}

/** The JWS algorithm under exactly this name that this build handles: one it verifies, or
 * 'none'. Registered algorithms it cannot verify (none today) are undefined here. */
export function algorithmOf(alg: unknown): AlgorithmInfo | undefined {
  const info = jwsAlgorithmOf(alg);
  return info && (info.can.verify || info.family === 'none') ? info : undefined;
}

/** `alg` is "none" in any casing, also with whitespace or NUL around it (" none", "none\u0000"):
 * every form rules.md's alg-none and alg-none-variant name. The one test for it, in parsing,
 * verification and the rules alike. */
export function isNoneAlg(alg: unknown): boolean {
  return typeof alg === 'string' && alg.replace(/^[\s\0]+|[\s\0]+$/g, '').toLowerCase() === 'none';
}
