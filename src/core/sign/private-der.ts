// Private keys in DER (PKCS#8 RFC 5958, PKCS#1 RSAPrivateKey RFC 8017 A.1.2, SEC1 ECPrivateKey
// RFC 5915) to a private JWK: the one shape every signer below takes. The public half comes from
// keys/private.ts, the reading the verifier uses.
import { encodeBase64url } from '../parse/base64url';
import { TAG, expectTag, integerBytes, oidText, readDer, sequence } from '../crypto/der';
import { curveOf } from '../algorithms';
import { publicFromPkcs8, publicFromSec1 } from '../keys/private';
import { curveOfParams, type PublicJwk } from '../keys/spki';

/** A private JWK: the public members plus d (and RSA's CRT members). */
export type PrivateJwk = PublicJwk;

const RSA_OIDS = new Set(['1.2.840.113549.1.1.1', '1.2.840.113549.1.1.10']);
const EC_OID = '1.2.840.10045.2.1';
const RSA_MEMBERS = ['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'];

/** RSAPrivateKey ::= SEQUENCE { version, n, e, d, p, q, dp, dq, qi, ... } */
export function jwkFromPkcs1Private(der: Uint8Array): PrivateJwk {
  const [, ...ints] = sequence(readDer(der), 9);
  const jwk: PrivateJwk = { kty: 'RSA' };
  RSA_MEMBERS.forEach((name, i) => (jwk[name] = encodeBase64url(integerBytes(ints[i]))));
  return jwk;
}

/** ECPrivateKey: d at the curve's full length (RFC 7518 §6.2.2.1), x and y from the key or
 * derived from d. */
export function jwkFromSec1(der: Uint8Array, curveFromOuter?: string): PrivateJwk {
  const pub = publicFromSec1(der, curveFromOuter);
  const [, d] = sequence(readDer(der), 2);
  const scalar = expectTag(d, TAG.octetString).content;
  const size = curveOf(pub.crv)?.coordinateBytes ?? scalar.length;
  const padded = new Uint8Array(Math.max(size, scalar.length));
  padded.set(scalar, padded.length - scalar.length);
  return { ...pub, d: encodeBase64url(padded) };
}

/** PrivateKeyInfo / OneAsymmetricKey: RSA, EC (named curve) or Ed25519/Ed448. */
export function jwkFromPkcs8(der: Uint8Array): PrivateJwk {
  const [, algId, key] = sequence(readDer(der), 3);
  const [oid, params] = sequence(algId, 1);
  const alg = oidText(oid);
  const inner = expectTag(key, TAG.octetString).content;
  if (RSA_OIDS.has(alg)) return jwkFromPkcs1Private(inner);
  if (alg === EC_OID) return jwkFromSec1(inner, curveOfParams(params, 'EC private key'));
  const pub = publicFromPkcs8(der); // Ed25519/Ed448; throws for key types JWS does not sign with
  const seed = expectTag(readDer(inner), TAG.octetString).content;
  return { ...pub, d: encodeBase64url(seed) };
}
