// Signing in the page for sample and warm-up tokens (WebCrypto, parameters from the algorithm
// table): one base64url, one JWS builder, one PEM writer. Loaded lazily with its callers.
import { algorithmOf, type WebCryptoSigning } from '../../core/algorithms';

const enc = new TextEncoder();

/** Standard base64, in chunks (a spread of a large array overflows the call stack). */
export function base64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export const base64url = (bytes: Uint8Array) => base64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** A JSON value as a token segment. */
export const segment = (v: unknown) => base64url(enc.encode(JSON.stringify(v)));

/** WebCrypto's parameters for an alg, from the algorithm table. */
export const webCrypto = (alg: string): WebCryptoSigning => algorithmOf(alg)!.webCrypto!;

/** header.payload.signature signed with `key`, or with the HMAC secret `hmac` (UTF-8); no key and
 * no secret give an unsecured token (empty signature). */
export async function signJws(header: { alg: string; [name: string]: unknown }, payload: object, key: CryptoKey | null, hmac?: string): Promise<string> {
  const input = `${segment(header)}.${segment(payload)}`;
  if (!key && hmac === undefined) return `${input}.`;
  const { importParams, signParams, usages } = webCrypto(header.alg);
  const k = key ?? (await crypto.subtle.importKey('raw', enc.encode(hmac), importParams, false, usages.sign));
  return `${input}.${base64url(new Uint8Array(await crypto.subtle.sign(signParams, k, enc.encode(input))))}`;
}

/** A DER SubjectPublicKeyInfo as a PEM public key. */
export function spkiPem(der: ArrayBuffer): string {
  return `-----BEGIN PUBLIC KEY-----\n${base64(new Uint8Array(der)).match(/.{1,64}/g)!.join('\n')}\n-----END PUBLIC KEY-----\n`;
}
