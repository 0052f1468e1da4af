// A public key's components, from a JWK or an SPKI, and the DER forms rebuilt from them.
import { bitString, children, hex, nullValue, readTlv, seq, unsignedInt } from './der';

export type PublicKeyParts =
  | { kty: 'RSA'; n: Uint8Array; e: Uint8Array }
  | { kty: 'EC'; crv: string; x: Uint8Array; y: Uint8Array }
  | { kty: 'OKP'; crv: string; x: Uint8Array };

const RSA_OID = '06092a864886f70d010101';
const EC_OID = '06072a8648ce3d0201';
const CURVE_OIDS: Record<string, string> = {
  'P-256': '06082a8648ce3d030107',
  'P-384': '06052b81040022',
  'P-521': '06052b81040023',
  secp256k1: '06052b8104000a',
};
const OKP_OIDS: Record<string, string> = { Ed25519: '06032b6570', Ed448: '06032b6571', X25519: '06032b656e', X448: '06032b656f' };
const COORD: Record<string, number> = { 'P-256': 32, 'P-384': 48, 'P-521': 66, secp256k1: 32 };

export function fromBase64url(text: unknown): Uint8Array | undefined {
  if (typeof text !== 'string' || !/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '='));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

export function partsFromJwk(jwk: Record<string, unknown>): PublicKeyParts | undefined {
  const crv = typeof jwk.crv === 'string' ? jwk.crv : '';
  if (jwk.kty === 'RSA') {
    const n = fromBase64url(jwk.n);
    const e = fromBase64url(jwk.e);
    return n?.length && e?.length ? { kty: 'RSA', n, e } : undefined;
  }
  const x = fromBase64url(jwk.x);
  if (!x?.length) return undefined;
  if (jwk.kty === 'OKP' && OKP_OIDS[crv]) return { kty: 'OKP', crv, x };
  const y = fromBase64url(jwk.y);
  if (jwk.kty === 'EC' && CURVE_OIDS[crv] && y?.length) return { kty: 'EC', crv, x, y };
  return undefined;
}

const hexOf = (b: Uint8Array) => Array.from(b, (v) => v.toString(16).padStart(2, '0')).join('');

export function partsFromSpki(spki: Uint8Array): PublicKeyParts | undefined {
  const top = readTlv(spki, 0);
  const [alg, key] = top ? children(spki, top) : [];
  if (!alg || !key || key.tag !== 0x03) return undefined;
  const [oid, param] = children(spki, alg);
  const oidHex = oid ? hexOf(spki.subarray(oid.start - 2, oid.end)) : '';
  const bits = spki.subarray(key.start + 1, key.end);
  if (oidHex === RSA_OID) {
    const rsa = readTlv(bits, 0);
    const [n, e] = rsa ? children(bits, rsa) : [];
    return n && e ? { kty: 'RSA', n: bits.subarray(n.start, n.end), e: bits.subarray(e.start, e.end) } : undefined;
  }
  if (oidHex === EC_OID && param) {
    const paramHex = hexOf(spki.subarray(param.start - 2, param.end));
    const crv = Object.keys(CURVE_OIDS).find((c) => CURVE_OIDS[c] === paramHex);
    const size = crv ? COORD[crv]! : 0;
    if (!crv || bits[0] !== 4 || bits.length !== 1 + 2 * size) return undefined;
    return { kty: 'EC', crv, x: bits.subarray(1, 1 + size), y: bits.subarray(1 + size) };
  }
  const okp = Object.keys(OKP_OIDS).find((c) => OKP_OIDS[c] === oidHex);
  return okp ? { kty: 'OKP', crv: okp, x: bits } : undefined;
}

/** RSAPublicKey (RFC 8017 A.1.1) DER. */
export function pkcs1Der(parts: PublicKeyParts & { kty: 'RSA' }): Uint8Array {
  return seq(unsignedInt(parts.n), unsignedInt(parts.e));
}

export function spkiDer(parts: PublicKeyParts): Uint8Array {
  if (parts.kty === 'RSA') return seq(seq(hex(RSA_OID), nullValue()), bitString(pkcs1Der(parts)));
  if (parts.kty === 'EC') {
    const size = COORD[parts.crv]!;
    const point = new Uint8Array(1 + 2 * size);
    point[0] = 4;
    point.set(parts.x.subarray(-size), 1 + size - Math.min(size, parts.x.length));
    point.set(parts.y.subarray(-size), 1 + 2 * size - Math.min(size, parts.y.length));
    return seq(seq(hex(EC_OID), hex(CURVE_OIDS[parts.crv]!)), bitString(point));
  }
  return seq(seq(hex(OKP_OIDS[parts.crv]!)), bitString(parts.x));
}
