// Table helpers for the tests of rules-next section M (DPoP proofs and related tokens): a DPoP
// proof signed with a P-256 key made once per run, carrying that key in its header.
import { createHash } from 'node:crypto';
import { compact } from '../../helpers/mint';
import { jwk, NOW, pair, signed } from './de-cases';

export { NOW };
type Json = Record<string, unknown>;

/** An opaque access token (RFC 9449 §7.1's). */
export const ACCESS = 'Kz~8mXK1EalYznwH-LC-1fBAo.4Ljp~zsPE_NeO.gxU';
export const ath = (token: string) => createHash('sha256').update(token).digest('base64url');

export const proofKey = () => {
  const { kty, crv, x, y } = jwk(pair('p256').publicKey) as Record<string, string>;
  return { kty, crv, x, y };
};
export const PROOF_HEADER = { typ: 'dpop+jwt', alg: 'ES256' };
export const PROOF_CLAIMS = { jti: 'e1j3V_bKic8-LAEBx7Q2', htm: 'GET', htu: 'https://resource.example.org/protectedresource', iat: NOW - 5 };

/** A proof over the given header members and claims, signed with the P-256 key its jwk names. */
export function proof(header: Json = {}, claims: Json = {}): string {
  return signed({ ...PROOF_HEADER, jwk: proofKey(), ...header }, { ...PROOF_CLAIMS, ...claims }, pair('p256').privateKey);
}

/** The RFC 7638 thumbprint of the proof key (EC: crv, kty, x, y). */
export function proofJkt(): string {
  const { crv, kty, x, y } = proofKey();
  return createHash('sha256').update(JSON.stringify({ crv, kty, x, y })).digest('base64url');
}

/** An unsigned-looking JWT with the given header and claims (the rules here read claims only). */
export const jwt = (header: Json, claims: Json) => compact(header, claims, 'AAAA');
