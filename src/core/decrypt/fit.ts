// Which keys of the Key box can do this JWE's key management (rules-next key-alg-mismatch, JWE
// part): RSA-OAEP* an RSA private key, ECDH-ES* a private key on the `epk` curve, A*KW and
// A*GCMKW an oct key of the size the alg names, dir an oct key of the `enc` key size, PBES2 a
// password. A JWK marked for signatures, or for another alg, does not fit.
import { decodeJwkBytes } from '../keys/jwk-bytes';
import type { ContentEncryptionInfo, KeyManagementInfo } from '../algorithms';
import type { DecryptKey } from './keys';

/** What jose is given: a private JWK (key members only) or raw bytes. */
export type JoseKey = Record<string, unknown> | Uint8Array;

export type Fit = { keys: JoseKey[] } | { mismatch: string };

const KEY_MEMBERS = ['kty', 'crv', 'n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi', 'x', 'y', 'k'];

export function fitKey(key: DecryptKey, km: KeyManagementInfo, ce: ContentEncryptionInfo, header: Record<string, unknown>): Fit {
  const mismatch = (why: string): Fit => ({ mismatch: `${key.label}: ${why}` });
  const jwk = key.jwk;
  if (jwk) {
    if (jwk.use === 'sig') return mismatch('the key says "use": "sig", so it is not for decrypting.');
    const named = jwk.alg;
    if (typeof named === 'string' && named !== km.alg && !(km.family === 'dir' && named === ce.enc)) {
      return mismatch(`the key is marked for ${named}, not ${km.alg}.`);
    }
  }
  const wanted = km.family === 'dir' ? ce.keyBytes : (km.keyBytes ?? 0);
  switch (km.family) {
    case 'RSA-OAEP':
      if (jwk?.kty !== 'RSA') return mismatch(`${km.alg} needs an RSA private key.`);
      return jwk.d === undefined ? mismatch(`${km.alg} needs the RSA private key; this is the public one.`) : { keys: [keyMembers(jwk)] };
    case 'ECDH-ES':
    case 'ECDH-ES+AES-KW': {
      const crv = (header.epk as { crv?: unknown } | undefined)?.crv;
      if ((jwk?.kty !== 'EC' && jwk?.kty !== 'OKP') || jwk.crv !== crv) return mismatch(`${km.alg} with an ephemeral key on ${String(crv)} needs a ${String(crv)} private key.`);
      return jwk.d === undefined ? mismatch(`${km.alg} needs the private key; this is the public one.`) : { keys: [keyMembers(jwk)] };
    }
    case 'PBES2': {
      const password = jwk ? (jwk.kty === 'oct' ? decodeJwkBytes(jwk.k) : undefined) : key.password;
      return password ? { keys: [password] } : mismatch(`${km.alg} needs a password.`);
    }
    default: {
      const readings = jwk ? (jwk.kty === 'oct' ? [decodeJwkBytes(jwk.k)] : []) : (key.secrets ?? []).map((s) => s.bytes);
      const sized = readings.filter((b): b is Uint8Array => b?.length === wanted);
      if (sized.length) return { keys: sized };
      const what = km.family === 'dir' ? `dir with ${ce.enc}` : km.alg;
      return mismatch(`${what} needs a ${wanted}-byte (${wanted * 8}-bit) oct key${jwk && jwk.kty !== 'oct' ? `, not an ${String(jwk.kty)} key` : ''}.`);
    }
  }
}

// One members object per key read (decrypt/index.ts keeps the readings), so jose imports it into
// WebCrypto once and finds it in its cache after.
const members = new WeakMap<object, Record<string, unknown>>();

function keyMembers(jwk: Record<string, unknown>): Record<string, unknown> {
  let m = members.get(jwk);
  if (!m) members.set(jwk, (m = Object.fromEntries(KEY_MEMBERS.filter((k) => jwk[k] !== undefined).map((k) => [k, jwk[k]]))));
  return m;
}
