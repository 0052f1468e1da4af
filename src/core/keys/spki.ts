// SubjectPublicKeyInfo (RFC 5280 §4.1.2.7) and PKCS#1 RSAPublicKey (RFC 8017 A.1.1) to a public
// JWK and back. Throws DerError / KeyError on bad structure; parseKeys turns that into a sentence.
import { encodeBase64url } from '../parse/base64url';
import { decodeJwkBytes } from './jwk-bytes';
import { curveByOid } from '../algorithms';
import { CURVE_OIDS, decodePoint } from '../crypto/curves';
import {
  TAG,
  bitStringBytes,
  encode,
  encodeBitString,
  encodeInteger,
  encodeOid,
  integerBytes,
  oidText,
  readDer,
  sequence,
  type DerNode,
} from '../crypto/der';
import { ecCurveOf } from './ec-params';

export class KeyError extends Error {}
/** A well-formed key of a type or curve JWS does not sign with (DSA, P-192, a custom curve). */
export class UnusableKeyError extends KeyError {}

/** What reading a key found beyond its public JWK. */
export interface KeyFacts {
  /** The EC curve's parameters were written out in full instead of named (RFC 5480 §2.1.1). */
  explicitCurve?: boolean;
}

/** The JWS curve of EC parameters (named or explicit); throws KeyError with a sentence. */
export function curveOfParams(params: DerNode | undefined, what: string, facts?: KeyFacts): string {
  const curve = ecCurveOf(params, what);
  if (typeof curve === 'string') throw new KeyError(curve);
  if ('unusable' in curve) throw new UnusableKeyError(curve.unusable);
  if (curve.explicit && facts) facts.explicitCurve = true;
  return curve.crv;
}

export type PublicJwk = Record<string, string>;

const RSA_OID = '1.2.840.113549.1.1.1';
const RSA_PSS_OID = '1.2.840.113549.1.1.10';
const EC_OID = '1.2.840.10045.2.1';
const OID_OF_CURVE = Object.fromEntries(Object.entries(CURVE_OIDS).map(([oid, crv]) => [crv, oid]));

/** RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER } */
export function rsaJwkFromPkcs1(der: Uint8Array): PublicJwk {
  const [n, e] = sequence(readDer(der), 2);
  return { kty: 'RSA', n: encodeBase64url(integerBytes(n)), e: encodeBase64url(integerBytes(e)) };
}

/** The public JWK inside a DER SubjectPublicKeyInfo. */
export function jwkFromSpki(der: Uint8Array, facts?: KeyFacts): PublicJwk {
  const [algId, key] = sequence(readDer(der), 2);
  const [oid, params] = sequence(algId, 1);
  const alg = oidText(oid);
  const bits = bitStringBytes(key);
  if (alg === RSA_OID || alg === RSA_PSS_OID) return rsaJwkFromPkcs1(bits);
  if (alg === EC_OID) {
    const crv = curveOfParams(params, 'EC public key', facts);
    const point = decodePoint(crv, bits);
    if (!point) throw new KeyError(`This ${crv} public key is not a valid point.`);
    return { kty: 'EC', crv, x: encodeBase64url(point.x), y: encodeBase64url(point.y) };
  }
  const okp = CURVE_OIDS[alg];
  if (okp) return { kty: 'OKP', crv: okp, x: encodeBase64url(bits) };
  const mlDsa = mlDsaOfOid(alg);
  if (mlDsa) return { kty: 'AKP', alg: mlDsa, pub: encodeBase64url(bits) };
  throw new UnusableKeyError(`This public key is ${keyAlgorithmName(alg)}, which JWS does not sign with.`);
}

/** DER SubjectPublicKeyInfo of a public JWK (undefined when its members do not decode). */
export function spkiFromJwk(jwk: PublicJwk): Uint8Array | undefined {
  const b = (name: string) => decodeJwkBytes(jwk[name]);
  const algId = (oid: string, params: Uint8Array) => encode(TAG.sequence, encodeOid(oid), params);
  if (jwk.kty === 'RSA') {
    const n = b('n');
    const e = b('e');
    if (!n || !e) return undefined;
    const pkcs1 = encode(TAG.sequence, encodeInteger(n), encodeInteger(e));
    return encode(TAG.sequence, algId(RSA_OID, encode(TAG.null)), encodeBitString(pkcs1));
  }
  if (jwk.kty === 'EC') {
    const x = b('x');
    const y = b('y');
    const oid = OID_OF_CURVE[jwk.crv ?? ''];
    if (!x || !y || !oid) return undefined;
    const point = new Uint8Array(1 + x.length + y.length);
    point[0] = 4;
    point.set(x, 1);
    point.set(y, 1 + x.length);
    return encode(TAG.sequence, algId(EC_OID, encodeOid(oid)), encodeBitString(point));
  }
  if (jwk.kty === 'OKP') {
    const x = b('x');
    const oid = OID_OF_CURVE[jwk.crv ?? ''];
    if (!x || !oid) return undefined;
    return encode(TAG.sequence, encode(TAG.sequence, encodeOid(oid)), encodeBitString(x));
  }
  if (jwk.kty === 'AKP') {
    const pub = b('pub');
    const oid = ML_DSA_OIDS[jwk.alg ?? ''];
    if (!pub || !oid) return undefined;
    return encode(TAG.sequence, encode(TAG.sequence, encodeOid(oid)), encodeBitString(pub));
  }
  return undefined;
}

/** RFC 9881 (ML-DSA in X.509): the algorithm identifiers, without parameters. */
export const ML_DSA_OIDS: Record<string, string> = {
  'ML-DSA-44': '2.16.840.1.101.3.4.3.17',
  'ML-DSA-65': '2.16.840.1.101.3.4.3.18',
  'ML-DSA-87': '2.16.840.1.101.3.4.3.19',
};

/** The ML-DSA alg of an algorithm OID, or undefined. */
export function mlDsaOfOid(oid: string): string | undefined {
  return Object.keys(ML_DSA_OIDS).find((alg) => ML_DSA_OIDS[alg] === oid);
}

/** Key algorithms JWS does not sign with, by OID, for the sentence that says so. */
const OTHER_KEY_ALGORITHMS: Record<string, string> = {
  '1.2.840.10040.4.1': 'a DSA key',
  '1.2.840.113549.1.3.1': 'a Diffie-Hellman key',
  '1.2.840.10046.2.1': 'a Diffie-Hellman key',
  '1.2.156.10197.1.301': 'an SM2 key',
  '1.2.643.7.1.1.1.1': 'a GOST R 34.10-2012 key',
  '1.2.643.7.1.1.1.2': 'a GOST R 34.10-2012 key',
};

/** "a DSA key", or "a key of algorithm 1.2.3 (an OID)" when the OID is not one we name. */
export function keyAlgorithmName(oid: string): string {
  const curve = curveByOid(oid);
  if (curve && !curve.sign) return `an ${curve.crv} key (for key agreement)`;
  return OTHER_KEY_ALGORITHMS[oid] ?? `a key of algorithm ${oid} (its OID)`;
}
