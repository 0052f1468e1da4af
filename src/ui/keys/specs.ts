// The key types the "Key type" menu offers when the token's alg does not pick one, and the algs
// generateKey({ alg }) makes a key for (src/core/keys/generate.ts).
import { jwsAlgorithmOf } from '../../core/algorithms';
import type { KeySpec } from '../../core/report';

export const KEY_TYPES: { label: string; spec: KeySpec }[] = [
  { label: 'RSA 2048', spec: { kty: 'RSA', bits: 2048 } },
  { label: 'RSA 3072', spec: { kty: 'RSA', bits: 3072 } },
  { label: 'RSA 4096', spec: { kty: 'RSA', bits: 4096 } },
  { label: 'EC P-256', spec: { kty: 'EC', crv: 'P-256' } },
  { label: 'EC P-384', spec: { kty: 'EC', crv: 'P-384' } },
  { label: 'EC P-521', spec: { kty: 'EC', crv: 'P-521' } },
  { label: 'EC secp256k1', spec: { kty: 'EC', crv: 'secp256k1' } },
  { label: 'Ed25519', spec: { kty: 'OKP', crv: 'Ed25519' } },
  { label: 'Ed448', spec: { kty: 'OKP', crv: 'Ed448' } },
  { label: 'Secret, 256 bits', spec: { kty: 'oct', bytes: 32 } },
  { label: 'Secret, 384 bits', spec: { kty: 'oct', bytes: 48 } },
  { label: 'Secret, 512 bits', spec: { kty: 'oct', bytes: 64 } },
  { label: 'ML-DSA-44', spec: { kty: 'AKP', alg: 'ML-DSA-44' } },
  { label: 'ML-DSA-65', spec: { kty: 'AKP', alg: 'ML-DSA-65' } },
  { label: 'ML-DSA-87', spec: { kty: 'AKP', alg: 'ML-DSA-87' } },
];

/** The alg, when a key can be made for it (the algorithm table says this build signs it);
 * undefined for none, unknown or a missing alg. */
export function keyedAlg(alg: unknown): string | undefined {
  const info = jwsAlgorithmOf(alg);
  return info?.can.sign && info.kty ? info.alg : undefined;
}
