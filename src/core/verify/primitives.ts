// The cryptographic check itself: one key, one algorithm, signing input and signature bytes.
// RSA and NIST ECDSA go through WebCrypto directly (jose refuses RSA keys under 2048 bits, which
// we still verify and flag); HMAC, ES256K and EdDSA use @noble (sync, empty keys allowed);
// ML-DSA uses @noble/post-quantum, loaded on first use.
import type { AlgorithmInfo, WebCryptoSigning } from '../algorithms';
import { verifyEdwards, verifySecp256k1 } from '../crypto/curves';
import { verifyHmac } from '../crypto/hmac';
import { verifyMlDsa } from '../crypto/ml-dsa';
import { decodeJwkBytes } from '../keys/jwk-bytes';
import type { KeyCandidate } from '../keys/types';

export type Check = { ok: boolean; error?: string };

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
      case 'ML-DSA': {
        const pub = decodeJwkBytes(candidate.jwk?.pub);
        return { ok: !!pub && (await verifyMlDsa(info.alg, pub, input, signature)) };
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

/** crypto.subtle.verify with the key read from `jwk`, per the algorithm table's WebCrypto
 * parameters. When that key was imported before, the check is started at once (no await
 * first), so it runs in the caller's task. */
function webCryptoVerify(jwk: JsonWebKey, webCrypto: WebCryptoSigning, signature: Uint8Array, input: Uint8Array): Promise<boolean> {
  const { importParams, signParams, usages } = webCrypto;
  const id = JSON.stringify([importParams, jwk]);
  const check = (key: CryptoKey) => crypto.subtle.verify(signParams, key, buf(signature), buf(input));
  const known = imported.get(id);
  if (known) return check(known);
  return crypto.subtle.importKey('jwk', jwk, importParams, false, usages.verify).then((key) => {
    if (imported.size >= MAX_IMPORTED) imported.delete(imported.keys().next().value!);
    imported.set(id, key);
    return check(key);
  });
}

async function verifyRsa(c: KeyCandidate, info: AlgorithmInfo, input: Uint8Array, signature: Uint8Array): Promise<boolean> {
  const jwk = { kty: 'RSA', n: c.jwk?.n as string, e: c.jwk?.e as string, ext: true };
  return webCryptoVerify(jwk, info.webCrypto!, signature, input);
}

async function verifyEcdsa(c: KeyCandidate, info: AlgorithmInfo, input: Uint8Array, signature: Uint8Array): Promise<boolean> {
  const x = decodeJwkBytes(c.jwk?.x);
  const y = decodeJwkBytes(c.jwk?.y);
  if (!x || !y) return false;
  // No WebCrypto has secp256k1 (ES256K): @noble verifies it.
  if (!info.webCrypto) return verifySecp256k1(signature, input, x, y);
  if (signature.length !== info.signatureLength) return false;
  const jwk = { kty: 'EC', crv: c.crv, x: c.jwk?.x as string, y: c.jwk?.y as string, ext: true };
  return webCryptoVerify(jwk, info.webCrypto, signature, input);
}
