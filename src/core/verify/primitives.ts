// The cryptographic check itself: one key, one algorithm, signing input and signature bytes.
// RSA and NIST ECDSA go through WebCrypto directly (jose refuses RSA keys under 2048 bits, which
// we still verify and flag); HMAC, ES256K and EdDSA use @noble (sync, empty keys allowed).
import type { AlgorithmInfo } from '../algorithms';
import { verifyEdwards, verifySecp256k1 } from '../crypto/curves';
import { verifyHmac } from '../crypto/hmac';
import { decodeJwkBytes } from '../keys/jwk-bytes';
import type { KeyCandidate } from '../types';

export type Check = { ok: boolean; error?: string };

const HASH_BYTES = { 'SHA-256': 32, 'SHA-384': 48, 'SHA-512': 64 } as const;

/** An ArrayBuffer-backed view (WebCrypto's BufferSource typing wants one): the bytes as they
 * are when they already are one (a 1 MB signing input is not copied), else a copy. */
function buf(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  if (bytes.buffer instanceof ArrayBuffer) return bytes as Uint8Array<ArrayBuffer>;
  const out = new Uint8Array(new ArrayBuffer(bytes.length));
  out.set(bytes);
  return out;
}

export async function verifySignature(
  candidate: KeyCandidate,
  info: AlgorithmInfo,
  input: Uint8Array,
  signature: Uint8Array,
  secret?: Uint8Array,
): Promise<Check> {
  try {
    switch (info.family) {
      case 'HMAC':
        return { ok: verifyHmac(info.hash!, secret ?? new Uint8Array(), input, signature) };
      case 'RSA-PKCS1':
      case 'RSA-PSS':
        return { ok: await verifyRsa(candidate, info, input, signature) };
      case 'ECDSA':
        return { ok: await verifyEcdsa(candidate, info, input, signature) };
      case 'EdDSA': {
        const x = decodeJwkBytes(candidate.jwk?.x);
        return { ok: !!x && verifyEdwards(candidate.crv ?? '', signature, input, x) };
      }
      default:
        return { ok: false, error: `${info.alg} has no signature to check.` };
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `The browser's crypto refused this key (${detail}).` };
  }
}

/** Imported WebCrypto keys by algorithm and public JWK, so the same pasted key is imported once
 * rather than on every inspect (a few recent keys; CryptoKeys are immutable). */
const imported = new Map<string, CryptoKey>();
const MAX_IMPORTED = 8;

/** The imported key: at once when it was imported before (no await, so the check itself starts
 * in the caller's task), else once WebCrypto has imported it. */
function verifyKey(jwk: JsonWebKey, algorithm: RsaHashedImportParams | EcKeyImportParams): CryptoKey | Promise<CryptoKey> {
  const id = JSON.stringify([algorithm, jwk]);
  const known = imported.get(id);
  if (known) return known;
  return crypto.subtle.importKey('jwk', jwk, algorithm, false, ['verify']).then((key) => {
    if (imported.size >= MAX_IMPORTED) imported.delete(imported.keys().next().value!);
    imported.set(id, key);
    return key;
  });
}

async function verifyRsa(c: KeyCandidate, info: AlgorithmInfo, input: Uint8Array, signature: Uint8Array): Promise<boolean> {
  const name = info.family === 'RSA-PSS' ? 'RSA-PSS' : 'RSASSA-PKCS1-v1_5';
  const jwk = { kty: 'RSA', n: c.jwk?.n as string, e: c.jwk?.e as string, ext: true };
  const pending = verifyKey(jwk, { name, hash: info.hash! });
  const key = pending instanceof Promise ? await pending : pending;
  const params = name === 'RSA-PSS' ? { name, saltLength: HASH_BYTES[info.hash!] } : { name };
  return crypto.subtle.verify(params, key, buf(signature), buf(input));
}

async function verifyEcdsa(c: KeyCandidate, info: AlgorithmInfo, input: Uint8Array, signature: Uint8Array): Promise<boolean> {
  const x = decodeJwkBytes(c.jwk?.x);
  const y = decodeJwkBytes(c.jwk?.y);
  if (!x || !y) return false;
  if (c.crv === 'secp256k1') return verifySecp256k1(signature, input, x, y);
  if (signature.length !== info.signatureLength) return false;
  const jwk = { kty: 'EC', crv: c.crv, x: c.jwk?.x as string, y: c.jwk?.y as string, ext: true };
  const pending = verifyKey(jwk, { name: 'ECDSA', namedCurve: c.crv! });
  const key = pending instanceof Promise ? await pending : pending;
  return crypto.subtle.verify({ name: 'ECDSA', hash: info.hash! }, key, buf(signature), buf(input));
}
