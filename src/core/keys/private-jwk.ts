// Private keys both ways, for the workbench (issue 12): PKCS#8 (RFC 5958), SEC1 (RFC 5915) and
// PKCS#1 (RFC 8017 A.1.2) DER to a private JWK (RFC 7518 §6), and a private JWK to PKCS#8 DER.
// Throws DerError / KeyError on bad structure; the caller turns that into a sentence.
import { encodeBase64url } from '../parse/base64url';
import { curveOf } from '../algorithms';
import { COORDINATE_BYTES, ecPublicFromPrivate, okpPublicFromPrivate } from '../crypto/curves';
import { TAG, bytesToBigInt, encode, encodeBitString, encodeInteger, encodeOid, expectTag, integerBytes, oidText, readDer, sequence } from '../crypto/der';
import { gcd, powMod } from '../crypto/factor';
import { equalBytes } from '../crypto/hmac';
import { decodeJwkBytes } from './jwk-bytes';
import { publicFromPkcs8, publicFromSec1 } from './private';
import { KeyError, ML_DSA_OIDS, curveOfParams, mlDsaOfOid, type PublicJwk } from './spki';

const RSA_OID = '1.2.840.113549.1.1.1';
const RSA_OIDS = new Set([RSA_OID, '1.2.840.113549.1.1.10']);
const EC_OID = '1.2.840.10045.2.1';
const RSA_PRIVATE = ['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'];

export type PrivateSource = 'pkcs8' | 'sec1' | 'pkcs1-private';

/** The private JWK (public members included) of private-key DER. */
export function privateJwkFromDer(source: PrivateSource, der: Uint8Array): PublicJwk {
  if (source === 'pkcs1-private') return rsaPrivateJwk(der);
  if (source === 'sec1') return ecPrivateJwk(der, publicFromSec1(der));
  const [, algId, key] = sequence(readDer(der), 3);
  const [oid, params] = sequence(algId, 1);
  const alg = oidText(oid);
  const inner = expectTag(key, TAG.octetString).content;
  if (RSA_OIDS.has(alg)) return rsaPrivateJwk(inner);
  if (alg === EC_OID) return ecPrivateJwk(inner, publicFromSec1(inner, curveOfParams(params, 'EC private key')));
  const mlDsa = mlDsaOfOid(alg);
  if (mlDsa) return { kty: 'AKP', alg: mlDsa, priv: encodeBase64url(mlDsaSeed(inner)) };
  return { ...publicFromPkcs8(der), d: encodeBase64url(expectTag(readDer(inner), TAG.octetString).content) };
}

/** RFC 9881 §6: ML-DSA-PrivateKey is seed [0] IMPLICIT OCTET STRING (SIZE (32)), expandedKey
 * OCTET STRING, or both (SEQUENCE { seed, expandedKey }). JOSE signs from the seed only. */
function mlDsaSeed(inner: Uint8Array): Uint8Array {
  const node = readDer(inner);
  const seed = node.tag === 0x80 ? node.content : node.tag === TAG.sequence ? expectTag(sequence(node, 1)[0], TAG.octetString).content : undefined;
  if (!seed) throw new KeyError('This ML-DSA private key holds only the expanded key, not the 32-byte seed that JOSE keys ("priv") are made from.');
  if (seed.length !== 32) throw new KeyError(`This ML-DSA private key's seed is ${seed.length} bytes, not 32.`);
  return seed;
}

function rsaPrivateJwk(der: Uint8Array): PublicJwk {
  const [, ...values] = sequence(readDer(der), 9);
  const jwk: PublicJwk = { kty: 'RSA' };
  RSA_PRIVATE.forEach((name, i) => (jwk[name] = encodeBase64url(integerBytes(values[i]))));
  return jwk;
}

function ecPrivateJwk(der: Uint8Array, pub: PublicJwk): PublicJwk {
  const [, d] = sequence(readDer(der), 2);
  return { ...pub, d: encodeBase64url(expectTag(d, TAG.octetString).content) };
}

/** PKCS#8 DER of a private JWK, or undefined when a member it needs is missing (an RSA key
 * given by `d` alone, without its primes). */
export function pkcs8FromPrivateJwk(jwk: PublicJwk): Uint8Array | undefined {
  const b = (name: string) => decodeJwkBytes(jwk[name]);
  const version = encodeInteger(new Uint8Array([0]));
  const pkcs8 = (algId: Uint8Array, inner: Uint8Array) => encode(TAG.sequence, version, algId, encode(TAG.octetString, inner));
  if (jwk.kty === 'RSA') {
    const parts = RSA_PRIVATE.map(b);
    if (parts.some((p) => !p)) return undefined;
    const inner = encode(TAG.sequence, version, ...parts.map((p) => encodeInteger(p!)));
    return pkcs8(encode(TAG.sequence, encodeOid(RSA_OID), encode(TAG.null)), inner);
  }
  if (jwk.kty === 'AKP') {
    // RFC 9881 §6: the private key as its seed, [0] IMPLICIT OCTET STRING (SIZE (32)).
    const seed = b('priv');
    const oid = ML_DSA_OIDS[jwk.alg ?? ''];
    return seed && oid ? pkcs8(encode(TAG.sequence, encodeOid(oid)), encode(0x80, seed)) : undefined;
  }
  const oid = curveOf(jwk.crv)?.oid;
  const d = b('d');
  if (!oid || !d) return undefined;
  if (jwk.kty === 'EC') {
    const x = b('x');
    const y = b('y');
    if (!x || !y) return undefined;
    const point = new Uint8Array([4, ...x, ...y]);
    const inner = encode(TAG.sequence, encodeInteger(new Uint8Array([1])), encode(TAG.octetString, d), encode(0xa1, encodeBitString(point)));
    return pkcs8(encode(TAG.sequence, encodeOid(EC_OID), encodeOid(oid)), inner);
  }
  if (jwk.kty === 'OKP') return pkcs8(encode(TAG.sequence, encodeOid(oid)), encode(TAG.octetString, d));
  return undefined;
}

/** RFC 7518's canonical form: RSA integers without leading zero octets; EC x, y and d, and OKP
 * x and d, at the curve's full length. Throws KeyError when a member is too long for its curve. */
export function canonicalJwk(jwk: PublicJwk): PublicJwk {
  const out: PublicJwk = { ...jwk };
  const rewrite = (names: string[], fix: (bytes: Uint8Array) => Uint8Array) => {
    for (const name of names) {
      const bytes = decodeJwkBytes(jwk[name]);
      if (bytes) out[name] = encodeBase64url(fix(bytes));
    }
  };
  if (jwk.kty === 'RSA') rewrite([...RSA_PRIVATE], stripZeros);
  if (jwk.kty === 'EC') {
    const size = COORDINATE_BYTES[jwk.crv ?? ''] ?? 0;
    rewrite(['x', 'y', 'd'], (bytes) => fullLength(bytes, size, jwk.crv ?? ''));
  }
  return out;
}

/** Why a JWK's private members are not the private half of its public ones, or undefined when
 * they agree or cannot be checked (EC/OKP: `d` gives another point; RSA: `p`·`q` is not `n`, e.g.
 * a multi-prime key whose "oth" is dropped). A key whose parts disagree signs what its own public
 * part rejects (and an RSA-CRT signer with wrong factors leaks them). */
export function privateMismatch(jwk: PublicJwk): string | undefined {
  const b = (name: string) => decodeJwkBytes(jwk[name]) ?? new Uint8Array();
  if (typeof jwk.d !== 'string') return undefined;
  if (jwk.kty === 'EC') {
    const point = ecPublicFromPrivate(jwk.crv ?? '', b('d'));
    if (!point) return `This ${jwk.crv} private key "d" is not a valid scalar for the curve.`;
    return equalBytes(point.x, b('x')) && equalBytes(point.y, b('y')) ? undefined : 'Its "x" and "y" are not the public point of its "d".';
  }
  if (jwk.kty === 'OKP') {
    const x = okpPublicFromPrivate(jwk.crv ?? '', b('d'));
    return x && equalBytes(x, b('x')) ? undefined : 'Its "x" is not the public key of its "d".';
  }
  if (jwk.kty === 'RSA') return rsaMismatch(jwk);
  return undefined;
}

/** RFC 8017 §3.2: n = p·q, e·d ≡ 1 (mod lcm(p−1, q−1)), dp = d mod (p−1), dq = d mod (q−1),
 * qi·q ≡ 1 (mod p); without the primes, (2^e)^d ≡ 2 (mod n) (a full-size exponentiation). */
function rsaMismatch(jwk: PublicJwk): string | undefined {
  const int = (name: string) => (typeof jwk[name] === 'string' ? bytesToBigInt(decodeJwkBytes(jwk[name]) ?? new Uint8Array()) : undefined);
  const [n, e, d, p, q, dp, dq, qi] = RSA_PRIVATE.map(int);
  if (n === undefined || e === undefined || d === undefined) return undefined;
  if (p === undefined || q === undefined) {
    return n > 2n && powMod(powMod(2n, e, n), d, n) !== 2n ? 'Its "d" does not undo its "e": (2^e)^d is not 2 modulo "n".' : undefined;
  }
  if (p * q !== n) return 'Its "n" is not "p" times "q".';
  if (p < 2n || q < 2n) return 'Its "p" or "q" is not a prime factor.';
  const lambda = ((p - 1n) * (q - 1n)) / gcd(p - 1n, q - 1n);
  if ((e * d) % lambda !== 1n) return 'Its "d" is not the inverse of "e" modulo lcm(p−1, q−1), so what it signs does not verify.';
  const crt = 'a signer that uses it makes faulty signatures that give away a factor of "n"';
  if (dp !== undefined && dp !== d % (p - 1n)) return `Its "dp" is not d mod (p−1): ${crt}.`;
  if (dq !== undefined && dq !== d % (q - 1n)) return `Its "dq" is not d mod (q−1): ${crt}.`;
  if (qi !== undefined && (qi * q) % p !== 1n) return `Its "qi" is not the inverse of q modulo p: ${crt}.`;
  return undefined;
}

function stripZeros(bytes: Uint8Array): Uint8Array {
  let i = 0;
  while (i < bytes.length - 1 && bytes[i] === 0) i++;
  return bytes.subarray(i);
}

function fullLength(bytes: Uint8Array, size: number, crv: string): Uint8Array {
  const body = stripZeros(bytes);
  if (body.length > size) throw new KeyError(`A member of this ${crv} key is longer than the curve allows.`);
  const out = new Uint8Array(size);
  out.set(body, size - body.length);
  return out;
}
