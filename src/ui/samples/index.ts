// Sample tokens for first use, built in the browser when picked (WebCrypto), so their times are
// fresh: a valid RS256 token with its public key, an ES256 token with a JWK Set, a weak HS256
// secret, alg none, an expired token, a token signed by a key it carries itself, a JWE with a
// signed token inside, and an SD-JWT with key binding (sd-jwt.ts).
// Loaded lazily: none of this is in the startup bundle.
import { SAMPLE_EC_PRIVATE, SAMPLE_RSA_PRIVATE } from './keys';
import { base64url, segment, signJws as sign, spkiPem as pemOf, webCrypto } from './sign';
import { SAMPLE_LABELS, type SampleId } from './titles';
import { sdJwtSample } from './sd-jwt';

export interface Sample {
  id: string;
  title: string;
  token: string;
  key: string;
}

const publicJwk = (k: JsonWebKey, kid: string, alg: string): JsonWebKey & { kid: string } => {
  const { kty, n, e, crv, x, y } = k;
  return JSON.parse(JSON.stringify({ kty, kid, use: 'sig', alg, n, e, crv, x, y }));
};

const RSA = webCrypto('RS256');
const EC = webCrypto('ES256');

async function spkiPem(jwk: JsonWebKey): Promise<string> {
  const key = await crypto.subtle.importKey('jwk', jwk, RSA.importParams, true, RSA.usages.verify);
  return pemOf(await crypto.subtle.exportKey('spki', key));
}

function claims(now: number, extra: object = {}) {
  return {
    iss: 'https://auth.example.com',
    sub: 'user-8731',
    aud: 'https://api.example.com',
    iat: now - 300,
    nbf: now - 300,
    exp: now + 3300,
    jti: 'c0a8f3e2-5b1d-4c7e-9f00-7d2a1b3c4e5f',
    ...extra,
  };
}

export async function buildSample(id: string, now: number): Promise<Sample> {
  const title = SAMPLE_LABELS[id as SampleId] ?? id;
  const rsaKid = 'sample-rsa-2026';
  const ecKid = 'sample-ec-2026';
  const rsa = await crypto.subtle.importKey('jwk', SAMPLE_RSA_PRIVATE, RSA.importParams, false, RSA.usages.sign);
  const rsaPub = publicJwk(SAMPLE_RSA_PRIVATE, rsaKid, 'RS256');
  switch (id) {
    case 'rs256':
      return {
        id, title,
        token: await sign({ alg: 'RS256', typ: 'JWT', kid: rsaKid }, claims(now, { scope: 'orders:read orders:write' }), rsa),
        key: await spkiPem(rsaPub),
      };
    case 'jwks': {
      const ec = await crypto.subtle.importKey('jwk', SAMPLE_EC_PRIVATE, EC.importParams, false, EC.usages.sign);
      const set = { keys: [rsaPub, publicJwk(SAMPLE_EC_PRIVATE, ecKid, 'ES256')] };
      return {
        id, title,
        token: await sign({ alg: 'ES256', typ: 'JWT', kid: ecKid }, claims(now, { roles: ['reader', 'billing'] }), ec),
        key: JSON.stringify(set, null, 2),
      };
    }
    case 'weak':
      return {
        id, title,
        token: await sign({ alg: 'HS256', typ: 'JWT' }, { sub: '1234567890', name: 'John Doe', admin: true, iat: now - 60, exp: now + 3600 }, null, 'secret'),
        key: '',
      };
    case 'none':
      return { id, title, token: await sign({ alg: 'none', typ: 'JWT' }, { sub: 'admin', role: 'admin', iat: now - 60 }, null), key: '' };
    case 'expired':
      return {
        id, title,
        token: await sign({ alg: 'RS256', typ: 'JWT', kid: rsaKid }, claims(now, { iat: now - 7200, nbf: now - 7200, exp: now - 3600 }), rsa),
        key: await spkiPem(rsaPub),
      };
    case 'embedded': {
      const pair = (await crypto.subtle.generateKey(EC.importParams as EcKeyGenParams, true, [...EC.usages.sign, ...EC.usages.verify])) as CryptoKeyPair;
      const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
      return {
        id, title,
        token: await sign({ alg: 'ES256', typ: 'JWT', jwk: { kty, crv, x, y } }, claims(now, { sub: 'admin', role: 'admin' }), pair.privateKey),
        key: '',
      };
    }
    case 'sd-jwt': {
      const ec = await crypto.subtle.importKey('jwk', SAMPLE_EC_PRIVATE, EC.importParams, false, EC.usages.sign);
      return { id, title, token: await sdJwtSample(now, ec, ecKid), key: JSON.stringify(publicJwk(SAMPLE_EC_PRIVATE, ecKid, 'ES256'), null, 2) };
    }
    default:
      return { id: 'jwe', title, ...(await nestedJwe(now, rsa, rsaPub)) };
  }
}

/** A signed token encrypted with `dir` + A256GCM under a fresh content key (WebCrypto), and a
 * Key box holding that key and the signer's public key: it decrypts and verifies here. */
async function nestedJwe(now: number, rsa: CryptoKey, rsaPub: JsonWebKey & { kid: string }): Promise<{ token: string; key: string }> {
  const inner = await sign({ alg: 'RS256', typ: 'JWT', kid: rsaPub.kid }, claims(now), rsa);
  const cek = crypto.getRandomValues(new Uint8Array(32));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const header = segment({ alg: 'dir', enc: 'A256GCM', cty: 'JWT', kid: 'sample-content-key' });
  const aes = await crypto.subtle.importKey('raw', cek, 'AES-GCM', false, ['encrypt']);
  const aad = new TextEncoder().encode(header);
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad }, aes, new TextEncoder().encode(inner)));
  const token = [header, '', base64url(iv), base64url(sealed.subarray(0, -16)), base64url(sealed.subarray(-16))].join('.');
  const contentKey = { kty: 'oct', kid: 'sample-content-key', use: 'enc', alg: 'A256GCM', k: base64url(cek) };
  return { token, key: JSON.stringify([contentKey, rsaPub], null, 2) };
}
