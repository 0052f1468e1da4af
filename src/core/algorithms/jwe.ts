// The JWE algorithms (RFC 7518 §4 and §5, RFC 8037 §3.2), each described once: key management
// (`alg`) and content encryption (`enc`), with their sizes and what Chromium's WebCrypto lacks
// to decrypt them (no 192-bit AES, no RSAES-PKCS1-v1_5).
import { curves, type CurveName } from './curves';
import type { HashName, ImportParams } from './jws';

/** A primitive a runtime lacks: Chromium's WebCrypto refuses 192-bit AES keys and has no
 * RSAES-PKCS1-v1_5. A token that needs it cannot be decrypted here ('unsupported'). */
export type MissingPrimitive = 'AES-192' | 'RSAES-PKCS1-v1_5';

/** How WebCrypto runs one step: importKey's algorithm and the usages per direction. */
export interface WebCryptoStep {
  importParams: ImportParams;
  usages: { decrypt: KeyUsage[]; encrypt: KeyUsage[] };
}

export type KeyManagementFamily = 'RSA1_5' | 'RSA-OAEP' | 'AES-KW' | 'dir' | 'ECDH-ES' | 'ECDH-ES+AES-KW' | 'AES-GCM-KW' | 'PBES2';

export interface KeyManagementInfo {
  alg: string;
  family: KeyManagementFamily;
  /** JWK kty of the recipient's key; ECDH-ES: see `curves`; PBES2: a password (undefined). */
  kty?: 'RSA' | 'oct';
  /** ECDH-ES*: the curves an `epk` and the recipient's key may be on. */
  curves?: readonly CurveName[];
  /** RSA-OAEP: the OAEP hash (RSA-OAEP itself is SHA-1); PBES2: the PBKDF2 HMAC hash. */
  hash?: 'SHA-1' | HashName;
  /** Bytes of the AES key-wrapping key: the oct key of A*KW / A*GCMKW, or the key ECDH-ES+A*KW
   * and PBES2 derive. */
  keyBytes?: number;
  /** A*GCMKW: bytes of the header `iv` and `tag` (RFC 7518 §4.7.1). */
  ivBytes?: number;
  tagBytes?: number;
  /** The JWE carries an encrypted key (false for dir and ECDH-ES: the segment is empty). */
  encryptedKey: boolean;
  /** Encrypts to a public key, so anyone holding it can make a token: it says nothing about the
   * sender (jwe-not-authenticated). */
  asymmetric: boolean;
  deprecated?: boolean;
  /** WebCrypto's key-management step (dir has none). ECDH-ES*: namedCurve is the key's `crv`;
   * an X25519 key imports as { name: 'X25519' } (no WebCrypto has X448: CurveInfo.webCrypto). */
  webCrypto?: WebCryptoStep;
  /** What Chromium's WebCrypto lacks for this alg. */
  missing?: MissingPrimitive;
}

export type ContentEncryptionFamily = 'AES-GCM' | 'AES-CBC-HMAC-SHA2';

export interface ContentEncryptionInfo {
  enc: string;
  family: ContentEncryptionFamily;
  /** Content-encryption key length in bytes (for `dir`, the key's length); CBC-HS: MAC key then
   * AES key, half each (RFC 7518 §5.2.2.1). */
  keyBytes: number;
  ivBytes: number;
  tagBytes: number;
  /** CBC-HS: the HMAC hash. */
  hash?: HashName;
  /** Authenticated encryption: a changed header, IV, ciphertext or tag fails to decrypt. */
  authenticated: boolean;
  /** WebCrypto's cipher (CBC-HS: AES-CBC, with an HMAC key of `hash` for the tag). */
  webCrypto?: WebCryptoStep;
  missing?: MissingPrimitive;
}

type AesBits = 128 | 192 | 256;
const sha = (bits: 256 | 384 | 512): HashName => `SHA-${bits}`;
const step = (importParams: ImportParams, decrypt: KeyUsage[], encrypt: KeyUsage[]): WebCryptoStep => ({ importParams, usages: { decrypt, encrypt } });
/** The WebCrypto step, or what is missing when the AES key is 192 bits. */
const aes = (bits: AesBits, webCrypto: WebCryptoStep) => (bits === 192 ? { missing: 'AES-192' as const } : { webCrypto });
const aesKw = (bits: AesBits) => aes(bits, step({ name: 'AES-KW' }, ['unwrapKey'], ['wrapKey']));
const ecdhCurves = curves.filter((c) => c.ecdh).map((c) => c.crv);

function rsaOaep(alg: string, hash: 'SHA-1' | HashName): KeyManagementInfo {
  const webCrypto = step({ name: 'RSA-OAEP', hash }, ['decrypt'], ['encrypt']);
  return { alg, family: 'RSA-OAEP', kty: 'RSA', hash, encryptedKey: true, asymmetric: true, webCrypto };
}

function ecdh(bits?: AesBits): KeyManagementInfo {
  const webCrypto = step({ name: 'ECDH' }, ['deriveBits'], ['deriveBits']);
  if (!bits) return { alg: 'ECDH-ES', family: 'ECDH-ES', curves: ecdhCurves, encryptedKey: false, asymmetric: true, webCrypto };
  const alg = `ECDH-ES+A${bits}KW`;
  return { alg, family: 'ECDH-ES+AES-KW', curves: ecdhCurves, keyBytes: bits / 8, encryptedKey: true, asymmetric: true, ...aes(bits, webCrypto) };
}

const kw = (bits: AesBits): KeyManagementInfo =>
  ({ alg: `A${bits}KW`, family: 'AES-KW', kty: 'oct', keyBytes: bits / 8, encryptedKey: true, asymmetric: false, ...aesKw(bits) });

function gcmKw(bits: AesBits): KeyManagementInfo {
  const webCrypto = step({ name: 'AES-GCM' }, ['decrypt'], ['encrypt']);
  const alg = `A${bits}GCMKW`;
  return { alg, family: 'AES-GCM-KW', kty: 'oct', keyBytes: bits / 8, ivBytes: 12, tagBytes: 16, encryptedKey: true, asymmetric: false, ...aes(bits, webCrypto) };
}

function pbes2(hashBits: 256 | 384 | 512, bits: AesBits): KeyManagementInfo {
  const webCrypto = step({ name: 'PBKDF2' }, ['deriveBits'], ['deriveBits']);
  const alg = `PBES2-HS${hashBits}+A${bits}KW`;
  return { alg, family: 'PBES2', hash: sha(hashBits), keyBytes: bits / 8, encryptedKey: true, asymmetric: false, ...aes(bits, webCrypto) };
}

export const keyManagementAlgorithms: readonly KeyManagementInfo[] = [
  // RSAES-PKCS1-v1_5: Bleichenbacher padding oracles (RFC 7518 §8.3); never decrypted here.
  { alg: 'RSA1_5', family: 'RSA1_5', kty: 'RSA', encryptedKey: true, asymmetric: true, deprecated: true, missing: 'RSAES-PKCS1-v1_5' },
  rsaOaep('RSA-OAEP', 'SHA-1'),
  rsaOaep('RSA-OAEP-256', 'SHA-256'),
  rsaOaep('RSA-OAEP-384', 'SHA-384'),
  rsaOaep('RSA-OAEP-512', 'SHA-512'),
  kw(128),
  kw(192),
  kw(256),
  { alg: 'dir', family: 'dir', kty: 'oct', encryptedKey: false, asymmetric: false },
  ecdh(),
  ecdh(128),
  ecdh(192),
  ecdh(256),
  gcmKw(128),
  gcmKw(192),
  gcmKw(256),
  pbes2(256, 128),
  pbes2(384, 192),
  pbes2(512, 256),
];

function gcm(bits: AesBits): ContentEncryptionInfo {
  const webCrypto = step({ name: 'AES-GCM' }, ['decrypt'], ['encrypt']);
  return { enc: `A${bits}GCM`, family: 'AES-GCM', keyBytes: bits / 8, ivBytes: 12, tagBytes: 16, authenticated: true, ...aes(bits, webCrypto) };
}

/** AES-CBC with HMAC: the tag is the first half of the HMAC (RFC 7518 §5.2.2.1). */
function cbcHs(bits: AesBits, hashBits: 256 | 384 | 512): ContentEncryptionInfo {
  const webCrypto = step({ name: 'AES-CBC' }, ['decrypt'], ['encrypt']);
  const enc = `A${bits}CBC-HS${hashBits}`;
  const sizes = { keyBytes: bits / 4, ivBytes: 16, tagBytes: hashBits / 16 };
  return { enc, family: 'AES-CBC-HMAC-SHA2', ...sizes, hash: sha(hashBits), authenticated: true, ...aes(bits, webCrypto) };
}

export const contentEncryptionAlgorithms: readonly ContentEncryptionInfo[] = [
  gcm(128),
  gcm(192),
  gcm(256),
  cbcHs(128, 256),
  cbcHs(192, 384),
  cbcHs(256, 512),
];

const keyManagementByName = new Map(keyManagementAlgorithms.map((a) => [a.alg, a]));
const contentEncryptionByName = new Map(contentEncryptionAlgorithms.map((a) => [a.enc, a]));

/** The JWE key-management algorithm (`alg`) under exactly this name, or undefined. */
export function keyManagementOf(alg: unknown): KeyManagementInfo | undefined {
  return typeof alg === 'string' ? keyManagementByName.get(alg) : undefined;
}

/** The JWE content-encryption algorithm (`enc`) under exactly this name, or undefined. */
export function contentEncryptionOf(enc: unknown): ContentEncryptionInfo | undefined {
  return typeof enc === 'string' ? contentEncryptionByName.get(enc) : undefined;
}
