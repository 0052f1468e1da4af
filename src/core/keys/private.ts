// Private keys pasted by mistake: PKCS#8 (RFC 5208/5958), SEC1 ECPrivateKey (RFC 5915) and
// PKCS#1 RSAPrivateKey (RFC 8017 A.1.2). Only the public half is derived and kept.
import { encodeBase64url } from '../parse/base64url';
import { CURVE_OIDS, decodePoint, ecPublicFromPrivate, okpPublicFromPrivate } from '../crypto/curves';
import {
  TAG,
  bitStringBytes,
  childrenOf,
  expectTag,
  integerBytes,
  oidText,
  readDer,
  sequence,
  type DerNode,
} from '../crypto/der';
import { KeyError, UnusableKeyError, curveOfParams, keyAlgorithmName, mlDsaOfOid, type KeyFacts, type PublicJwk } from './spki';
import { curveOf } from '../algorithms';

const RSA_OIDS = new Set(['1.2.840.113549.1.1.1', '1.2.840.113549.1.1.10']);
const EC_OID = '1.2.840.10045.2.1';

/** RSAPrivateKey ::= SEQUENCE { version, modulus, publicExponent, privateExponent, ... } */
export function publicFromPkcs1Private(der: Uint8Array): PublicJwk {
  const [, n, e] = sequence(readDer(der), 9);
  return { kty: 'RSA', n: encodeBase64url(integerBytes(n)), e: encodeBase64url(integerBytes(e)) };
}

/** ECPrivateKey ::= SEQUENCE { version 1, privateKey OCTET STRING, [0] curve OID, [1] publicKey } */
export function publicFromSec1(der: Uint8Array, curveFromOuter?: string, facts?: KeyFacts): PublicJwk {
  const [, d, ...rest] = sequence(readDer(der), 2);
  const scalar = expectTag(d, TAG.octetString).content;
  const tagged = (n: number) => rest.find((node) => node.tag === (0xa0 | n));
  const params = tagged(0);
  const crv = params ? curveOfParams(childrenOf(params)[0], 'EC private key', facts) : curveFromOuter;
  if (!crv) throw new KeyError('This EC private key does not say which curve it is on.');
  const pub = tagged(1);
  const point = pub ? decodePoint(crv, bitStringBytes(childrenOf(pub)[0])) : ecPublicFromPrivate(crv, scalar);
  if (!point) throw new KeyError(`The public point of this ${crv} private key could not be computed.`);
  return { kty: 'EC', crv, x: encodeBase64url(point.x), y: encodeBase64url(point.y) };
}

/** PrivateKeyInfo ::= SEQUENCE { version, AlgorithmIdentifier, privateKey OCTET STRING, ... } */
export function publicFromPkcs8(der: Uint8Array, facts?: KeyFacts): PublicJwk {
  const [, algId, key, ...rest] = sequence(readDer(der), 3);
  const [oid, params] = sequence(algId, 1);
  const alg = oidText(oid);
  const inner = expectTag(key, TAG.octetString).content;
  if (RSA_OIDS.has(alg)) return publicFromPkcs1Private(inner);
  if (alg === EC_OID) return publicFromSec1(inner, curveOfParams(params, 'EC private key', facts), facts);
  const curve = curveOf(CURVE_OIDS[alg]);
  if (curve?.sign === 'EdDSA') return { kty: 'OKP', crv: curve.crv, x: encodeBase64url(okpPublic(curve.crv, inner, rest)) };
  const mlDsa = mlDsaOfOid(alg);
  // Its public key is made from the seed by ML-DSA key generation, which is loaded only to sign.
  if (mlDsa) throw new KeyError(`This is an ${mlDsa} private key; to verify, paste its public key (the AKP JWK or the SPKI PEM).`);
  throw new UnusableKeyError(`This private key is ${keyAlgorithmName(alg)}, which JWS does not sign with.`);
}

/** OneAsymmetricKey may carry the public key in [1]; otherwise derive it from the seed. */
function okpPublic(crv: string, inner: Uint8Array, rest: DerNode[]): Uint8Array {
  const explicit = rest.find((node) => node.tag === 0x81);
  if (explicit && explicit.content[0] === 0) return explicit.content.subarray(1);
  const seed = expectTag(readDer(inner), TAG.octetString).content;
  const pub = okpPublicFromPrivate(crv, seed);
  if (!pub) throw new KeyError(`The ${crv} private key has the wrong length.`);
  return pub;
}
