// One table describing each JOSE algorithm and curve once: JWS signatures (algorithms/jws.ts),
// JWE key management and content encryption (algorithms/jwe.ts), elliptic curves
// (algorithms/curves.ts). Everything that needs to know what an `alg`, `enc` or `crv` means
// (verification, key selection, lint rules, the UI) reads it from here.
import { curveOf, type CurveName } from './algorithms/curves';
import { jwsAlgorithms, type AlgorithmInfo } from './algorithms/jws';

export * from './algorithms/curves';
export * from './algorithms/jwe';
export * from './algorithms/jws';

/** The registered JWS algorithm this name means, also when it differs in case or surrounding
 * whitespace ("hs256", "RS256 "), for "did you mean"; never 'none' (see isNoneAlg). */
export function closestAlgorithm(alg: unknown): AlgorithmInfo | undefined {
  if (typeof alg !== 'string') return undefined;
  const folded = alg.trim().toLowerCase();
  return jwsAlgorithms.find((a) => a.alg !== 'none' && a.alg.toLowerCase() === folded);
}

/** Every JWS algorithm in the table, in registry order. */
export const algorithms: readonly AlgorithmInfo[] = jwsAlgorithms;

/** Names of the signing algorithms we can verify. */
export const verifiableAlgorithms: readonly string[] = jwsAlgorithms.filter((a) => a.can.verify).map((a) => a.alg);


/** Signature length in bytes for an EdDSA/ECDSA curve. */
export function curveSignatureLength(crv: string): number | undefined {
  return curveOf(crv)?.signatureLength;
}

/** Field size in bits of a curve (for KeyCandidate.bits). */
export function curveBits(crv: string): number | undefined {
  return curveOf(crv)?.bits;
}

/** The algorithms a key of this type (and curve) can verify. */
export function algorithmsForKey(kty: string, crv?: string): AlgorithmInfo[] {
  return algorithms.filter((a) => a.can.verify && a.kty === kty && (!a.curves || (crv !== undefined && a.curves.includes(crv as CurveName))));
}
