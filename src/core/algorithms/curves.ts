// One table describing each elliptic curve JOSE uses once: its JWK names, sizes, identifiers in
// other key formats (SPKI/PKCS#8 OIDs, OpenSSH key types) and what it is used for. The curve
// arithmetic itself lives in src/core/crypto/curves.ts (@noble/curves); the group orders the
// signature-shape rules need are in src/core/lint/signature-shape.ts (checked against @noble).

export type CurveName = 'P-256' | 'P-384' | 'P-521' | 'secp256k1' | 'Ed25519' | 'Ed448' | 'X25519' | 'X448';

export interface CurveInfo {
  /** The JWK `crv` value. */
  crv: CurveName;
  /** JWK key type of a key on this curve. */
  kty: 'EC' | 'OKP';
  /** Field size in bits (KeyCandidate.bits). */
  bits: number;
  /** Byte length of one coordinate (EC `x` and `y`) or of the public key (OKP `x`). */
  coordinateBytes: number;
  /** The JWS signature scheme on this curve, if it signs at all (X25519/X448 only agree keys). */
  sign?: 'ECDSA' | 'EdDSA';
  /** JWS signature length in bytes: R||S for ECDSA (RFC 7518 §3.4), RFC 8032 for EdDSA. */
  signatureLength?: number;
  /** Allowed for JWE ECDH-ES key agreement (RFC 7518 §4.6, RFC 8037 §3.2). */
  ecdh: boolean;
  /** Named-curve OID (EC: SPKI/SEC1 parameters) or algorithm OID (OKP). */
  oid: string;
  /** OpenSSH public-key type (RFC 5656 §3.1, RFC 8709 §4). */
  ssh?: string;
  /** Chromium's WebCrypto implements it (ECDSA/ECDH namedCurve, or Ed25519/X25519). */
  webCrypto: boolean;
}

export const curves: readonly CurveInfo[] = [
  {
    crv: 'P-256', kty: 'EC', bits: 256, coordinateBytes: 32, sign: 'ECDSA', signatureLength: 64,
    ecdh: true, oid: '1.2.840.10045.3.1.7', ssh: 'ecdsa-sha2-nistp256', webCrypto: true,
  },
  {
    crv: 'P-384', kty: 'EC', bits: 384, coordinateBytes: 48, sign: 'ECDSA', signatureLength: 96,
    ecdh: true, oid: '1.3.132.0.34', ssh: 'ecdsa-sha2-nistp384', webCrypto: true,
  },
  {
    crv: 'P-521', kty: 'EC', bits: 521, coordinateBytes: 66, sign: 'ECDSA', signatureLength: 132,
    ecdh: true, oid: '1.3.132.0.35', ssh: 'ecdsa-sha2-nistp521', webCrypto: true,
  },
  {
    crv: 'secp256k1', kty: 'EC', bits: 256, coordinateBytes: 32, sign: 'ECDSA', signatureLength: 64,
    ecdh: false, oid: '1.3.132.0.10', webCrypto: false,
  },
  {
    crv: 'Ed25519', kty: 'OKP', bits: 255, coordinateBytes: 32, sign: 'EdDSA', signatureLength: 64,
    ecdh: false, oid: '1.3.101.112', ssh: 'ssh-ed25519', webCrypto: true,
  },
  {
    crv: 'Ed448', kty: 'OKP', bits: 448, coordinateBytes: 57, sign: 'EdDSA', signatureLength: 114,
    ecdh: false, oid: '1.3.101.113', ssh: 'ssh-ed448', webCrypto: false,
  },
  { crv: 'X25519', kty: 'OKP', bits: 255, coordinateBytes: 32, ecdh: true, oid: '1.3.101.110', webCrypto: true },
  { crv: 'X448', kty: 'OKP', bits: 448, coordinateBytes: 56, ecdh: true, oid: '1.3.101.111', webCrypto: false },
];

/** The curve with this JWK `crv` (case-sensitive), or undefined. */
export function curveOf(crv: unknown): CurveInfo | undefined {
  return curves.find((c) => c.crv === crv);
}

/** The curve a named-curve OID (EC parameters) or an OKP algorithm OID stands for. */
export function curveByOid(oid: string): CurveInfo | undefined {
  return curves.find((c) => c.oid === oid);
}

/** The curve of an OpenSSH key type ("ecdsa-sha2-nistp256", "ssh-ed25519"). */
export function curveBySsh(type: string): CurveInfo | undefined {
  return curves.find((c) => c.ssh === type);
}
