// The signature bytes of one signing input, per the algorithm table: HMAC on @noble (sync, any
// key length), RSA, NIST ECDSA and Ed25519 through WebCrypto with the table's parameters
// (ECDSA comes out as R||S, the JWS form), ES256K and Ed448 (no WebCrypto has them) on @noble.
// Ed25519 falls back to @noble where WebCrypto lacks it; both are deterministic (RFC 8032).
// ML-DSA on @noble/post-quantum (loaded on first use), from the AKP key's seed.
import type { AlgorithmInfo } from '../algorithms';
import { signEdwards, signSecp256k1 } from '../crypto/curves';
import { hmacSha2 } from '../crypto/hmac';
import { signMlDsa } from '../crypto/ml-dsa';
import { decodeJwkBytes } from '../keys/jwk-bytes';
import type { SigningKey } from './signing-key';

type SigningJwk = Extract<SigningKey, { kind: 'private' }>['jwk'];

export async function signatureOf(info: AlgorithmInfo, key: SigningKey, input: Uint8Array): Promise<Uint8Array> {
  if (key.kind === 'secret') return hmacSha2(info.hash!, key.bytes, input);
  const jwk = key.jwk;
  if (info.family === 'ML-DSA') return signMlDsa(info.alg, decodeJwkBytes(jwk.priv) ?? new Uint8Array(), input);
  const d = decodeJwkBytes(jwk.d) ?? new Uint8Array();
  if (info.family === 'EdDSA' && jwk.crv !== 'Ed25519') return edwards(jwk.crv!, input, d);
  if (info.family === 'ECDSA' && !info.webCrypto) return signSecp256k1(input, d);
  const { signParams } = info.webCrypto!;
  let cryptoKey: CryptoKey;
  try {
    cryptoKey = await imported(info, jwk);
  } catch (error) {
    if (info.family === 'EdDSA' && (error as { name?: string }).name === 'NotSupportedError') return edwards(jwk.crv!, input, d);
    throw error;
  }
  return new Uint8Array(await crypto.subtle.sign(signParams, cryptoKey, buf(input)));
}

// WebCrypto handles of the keys signed with, per alg: a key read once (sign/key-cache.ts) is
// imported once. Held only as long as the key object itself.
const handles = new WeakMap<object, Map<string, Promise<CryptoKey>>>();

function imported(info: AlgorithmInfo, jwk: SigningJwk): Promise<CryptoKey> {
  const { importParams, usages } = info.webCrypto!;
  let perAlg = handles.get(jwk);
  if (!perAlg) handles.set(jwk, (perAlg = new Map()));
  let handle = perAlg.get(info.alg);
  if (!handle) {
    handle = crypto.subtle.importKey('jwk', { ...jwk, ext: true }, importParams, false, usages.sign);
    perAlg.set(info.alg, handle);
    handle.catch(() => perAlg.delete(info.alg)); // a refusal is not kept: the caller decides
  }
  return handle;
}

function edwards(crv: string, input: Uint8Array, seed: Uint8Array): Uint8Array {
  const signature = signEdwards(crv, input, seed);
  if (!signature) throw new Error(`${crv} is not an EdDSA curve.`);
  return signature;
}

/** An ArrayBuffer-backed copy, as WebCrypto's typing wants. */
function buf(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(new ArrayBuffer(bytes.length));
  out.set(bytes);
  return out;
}
