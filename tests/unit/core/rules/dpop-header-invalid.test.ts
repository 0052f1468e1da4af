import { describe } from 'vitest';
import { type Case, jwk, pair, ruleSuite, signed } from './de-cases';
import { jwt, PROOF_CLAIMS, proof, proofKey } from './m-cases';

const RULE = 'dpop-header-invalid';
const p384 = () => jwk(pair('p384').publicKey);

const cases: Case[] = [
  { name: 'a good ES256 proof', token: proof(), expected: undefined },
  { name: 'typ application/dpop+jwt', token: proof({ typ: 'application/dpop+jwt' }), expected: undefined },
  { name: 'catalogue example: typ JWT on a proof-shaped token', token: proof({ typ: 'JWT' }), expected: 'error' },
  { name: 'no typ on a proof-shaped token', token: signed({ alg: 'ES256', jwk: proofKey() }, PROOF_CLAIMS, pair('p256').privateKey), expected: 'error' },
  { name: 'catalogue example: alg HS256', token: proof({ alg: 'HS256' }), expected: 'error' },
  { name: 'jwk missing', token: proof({ jwk: undefined }), expected: 'error' },
  { name: 'jwk without kty', token: proof({ jwk: { crv: 'P-256', x: 'AA', y: 'AA' } }), expected: 'error' },
  { name: 'ES256 with a P-384 jwk', token: proof({ jwk: p384() }), expected: 'error' },
  { name: 'alg unknown', token: proof({ alg: 'XS256' }), expected: 'error' },
  { name: 'EdDSA with an EC jwk', token: jwt({ typ: 'dpop+jwt', alg: 'EdDSA', jwk: proofKey() }, PROOF_CLAIMS), expected: 'error' },
  { name: 'EdDSA with an OKP Ed448 jwk', token: jwt({ typ: 'dpop+jwt', alg: 'EdDSA', jwk: { kty: 'OKP', crv: 'Ed448', x: 'AA' } }, PROOF_CLAIMS), expected: undefined },
  { name: 'ML-DSA-44 with an AKP jwk of ML-DSA-65', token: jwt({ typ: 'dpop+jwt', alg: 'ML-DSA-44', jwk: { kty: 'AKP', alg: 'ML-DSA-65', pub: 'AA' } }, PROOF_CLAIMS), expected: 'error' },
];

describe(RULE, () => ruleSuite(RULE, cases));
