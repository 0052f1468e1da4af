// Does a certificate's signature verify with a given public key (the issuer's, or its own)?
// RSA PKCS#1 v1.5 and PSS, and ECDSA on P-256/384/521, with SHA-1/256/384/512, go through
// WebCrypto; Ed25519 and Ed448 through @noble (already used for EdDSA tokens). The answer is
// true, false, or undefined when this tool cannot tell (an algorithm it does not implement).
import { COORDINATE_BYTES, isEdwards, verifyEdwards } from '../crypto/curves';
import { DerError, childrenOf, integerBytes, oidText, readDer, sequence } from '../crypto/der';
import { decodeJwkBytes } from './jwk-bytes';
import { jwkFromSpki, type PublicJwk } from './spki';
import type { CertificateInfo } from './x509';

const HASHES: Record<string, string> = {
  '1.3.14.3.2.26': 'SHA-1',
  '2.16.840.1.101.3.4.2.1': 'SHA-256',
  '2.16.840.1.101.3.4.2.2': 'SHA-384',
  '2.16.840.1.101.3.4.2.3': 'SHA-512',
};
const HASH_BYTES: Record<string, number> = { 'SHA-1': 20, 'SHA-256': 32, 'SHA-384': 48, 'SHA-512': 64 };
const RSA_PKCS1: Record<string, string> = {
  '1.2.840.113549.1.1.5': 'SHA-1',
  '1.2.840.113549.1.1.11': 'SHA-256',
  '1.2.840.113549.1.1.12': 'SHA-384',
  '1.2.840.113549.1.1.13': 'SHA-512',
};
const RSA_PSS = '1.2.840.113549.1.1.10';
const MGF1 = '1.2.840.113549.1.1.8';
const ECDSA: Record<string, string> = {
  '1.2.840.10045.4.1': 'SHA-1',
  '1.2.840.10045.4.3.2': 'SHA-256',
  '1.2.840.10045.4.3.3': 'SHA-384',
  '1.2.840.10045.4.3.4': 'SHA-512',
};
const EDDSA: Record<string, string> = { '1.3.101.112': 'Ed25519', '1.3.101.113': 'Ed448' };

type Scheme =
  | { kty: 'RSA'; params: RsaHashedImportParams; sign: AlgorithmIdentifier | RsaPssParams }
  | { kty: 'EC'; hash: string }
  | { kty: 'OKP'; crv: string };

/** Checks `cert`'s signature over its TBS bytes with the key in `spki`. */
export async function verifyCertificate(cert: CertificateInfo, spki: Uint8Array): Promise<boolean | undefined> {
  const { tbs, signature, signatureOid } = cert;
  if (!tbs || !signature || !signatureOid) return undefined;
  const scheme = schemeOf(signatureOid, cert.signatureParams);
  if (!scheme) return undefined;
  let jwk: PublicJwk;
  try {
    jwk = jwkFromSpki(spki);
  } catch {
    return undefined;
  }
  if (jwk.kty !== scheme.kty) return false;
  try {
    if (scheme.kty === 'OKP') {
      const x = decodeJwkBytes(jwk.x);
      return jwk.crv === scheme.crv && !!x && verifyEdwards(scheme.crv, signature, tbs, x);
    }
    if (scheme.kty === 'RSA') {
      const key = await crypto.subtle.importKey('jwk', { kty: 'RSA', n: jwk.n, e: jwk.e }, scheme.params, false, ['verify']);
      return await crypto.subtle.verify(scheme.sign, key, copy(signature), copy(tbs));
    }
    const crv = jwk.crv ?? '';
    const size = COORDINATE_BYTES[crv];
    if (!size || !['P-256', 'P-384', 'P-521'].includes(crv)) return undefined;
    const raw = rawEcdsa(signature, size);
    if (!raw) return false;
    const params = { name: 'ECDSA', namedCurve: crv };
    const key = await crypto.subtle.importKey('jwk', { kty: 'EC', crv, x: jwk.x, y: jwk.y }, params, false, ['verify']);
    return await crypto.subtle.verify({ name: 'ECDSA', hash: scheme.hash }, key, raw, copy(tbs));
  } catch {
    return undefined;
  }
}

function schemeOf(oid: string, params: Uint8Array | undefined): Scheme | undefined {
  const pkcs1 = RSA_PKCS1[oid];
  if (pkcs1) return { kty: 'RSA', params: { name: 'RSASSA-PKCS1-v1_5', hash: pkcs1 }, sign: { name: 'RSASSA-PKCS1-v1_5' } };
  if (oid === RSA_PSS) return pssScheme(params);
  const ecdsa = ECDSA[oid];
  if (ecdsa) return { kty: 'EC', hash: ecdsa };
  const crv = EDDSA[oid];
  return crv && isEdwards(crv) ? { kty: 'OKP', crv } : undefined;
}

/** RSASSA-PSS-params (RFC 4055 §3.1): hash (default SHA-1), MGF1 with the same hash (the only
 * mask WebCrypto has), salt length (default 20), trailer field 1. */
function pssScheme(params: Uint8Array | undefined): Scheme | undefined {
  let hash = 'SHA-1';
  let mgfHash = 'SHA-1';
  let saltLength = 20;
  try {
    for (const field of params ? sequence(readDer(params)) : []) {
      const [inner] = childrenOf(field);
      if (field.tag === 0xa0) hash = HASHES[oidText(sequence(inner, 1)[0])] ?? '';
      else if (field.tag === 0xa1) {
        const [mgf, mgfParams] = sequence(inner, 2);
        mgfHash = oidText(mgf) === MGF1 ? (HASHES[oidText(sequence(mgfParams, 1)[0])] ?? '') : '';
      } else if (field.tag === 0xa2) saltLength = Number(bytesValue(integerBytes(inner)));
      else if (field.tag === 0xa3 && bytesValue(integerBytes(inner)) !== 1) return undefined;
    }
  } catch (error) {
    if (error instanceof DerError) return undefined;
    throw error;
  }
  if (!HASH_BYTES[hash] || mgfHash !== hash) return undefined;
  return { kty: 'RSA', params: { name: 'RSA-PSS', hash }, sign: { name: 'RSA-PSS', saltLength } };
}

function bytesValue(bytes: Uint8Array): number {
  return bytes.length > 4 ? Infinity : bytes.reduce((n, b) => n * 256 + b, 0);
}

/** ECDSA-Sig-Value (SEQUENCE of r, s) to the fixed-size r||s WebCrypto verifies. */
function rawEcdsa(der: Uint8Array, size: number): Uint8Array<ArrayBuffer> | undefined {
  try {
    const [r, s] = sequence(readDer(der), 2).map(integerBytes);
    if (!r || !s || r.length > size || s.length > size) return undefined;
    const out = new Uint8Array(2 * size);
    out.set(r, size - r.length);
    out.set(s, 2 * size - s.length);
    return out;
  } catch {
    return undefined;
  }
}

function copy(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(bytes);
}
