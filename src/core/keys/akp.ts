// AKP keys (RFC 9964): what makes one malformed, in one sentence, for the key reader (the key is
// then not used) and the rule pq-akp-key-invalid (also on a `jwk` or `cnf.jwk` in a token).
import { jwsAlgorithmOf } from '../algorithms';
import { decodeJwkBytes } from './jwk-bytes';
import { equalBytes } from '../crypto/hmac';
import { mlDsaKeyPair } from '../crypto/ml-dsa';

/** FIPS 204 Table 2 expanded private key sizes: what a `priv` of these lengths was taken from. */
const EXPANDED: Record<string, number> = { 'ML-DSA-44': 2560, 'ML-DSA-65': 4032, 'ML-DSA-87': 4896 };

export interface AkpProblem {
  severity: 'error' | 'info';
  message: string;
}

/** Why this AKP JWK is malformed (error), or names an AKP algorithm not implemented here
 * (info), or undefined when it is a well-formed ML-DSA key. */
export function akpProblem(jwk: Record<string, unknown>): AkpProblem | undefined {
  const error = (message: string): AkpProblem => ({ severity: 'error', message });
  const missing = ['alg', 'pub'].find((name) => typeof jwk[name] !== 'string');
  if (missing) return error(`It has no "${missing}", which every AKP key needs.`);
  const alg = jwk.alg as string;
  const info = jwsAlgorithmOf(alg);
  if (info?.kty !== 'AKP') {
    return { severity: 'info', message: `Its "alg" "${alg}" is not an AKP algorithm this tool implements (ML-DSA-44, ML-DSA-65, ML-DSA-87).` };
  }
  const pub = decodeJwkBytes(jwk.pub);
  if (!pub) return error('Its "pub" is not base64url.');
  if (pub.length !== info.publicKeyLength) return error(`Its "pub" is ${pub.length} bytes; ${alg} public keys are ${info.publicKeyLength} bytes.`);
  if (jwk.priv === undefined) return undefined;
  const priv = typeof jwk.priv === 'string' ? decodeJwkBytes(jwk.priv) : undefined;
  if (!priv) return error('Its "priv" is not base64url.');
  if (priv.length === 32) return undefined;
  const expanded = priv.length === EXPANDED[alg] ? `: that is the FIPS 204 expanded private key, which JOSE does not use` : '';
  return error(`Its "priv" is ${priv.length} bytes, not the 32-byte seed JOSE uses${expanded}.`);
}

/** Why an AKP private JWK's `pub` is not the public key ML-DSA.KeyGen derives from its 32-byte
 * `priv` seed (RFC 9964 'Mismatched AKP Parameters'), or undefined when it is, or when the key
 * is malformed in another way (akpProblem says so). Loads ML-DSA only for such a key. */
export async function akpSeedMismatch(jwk: Readonly<Record<string, unknown>>): Promise<string | undefined> {
  if (typeof jwk.priv !== 'string' || akpProblem(jwk)) return undefined;
  const seed = decodeJwkBytes(jwk.priv);
  const pub = decodeJwkBytes(jwk.pub);
  if (!seed || !pub) return undefined;
  const derived = await mlDsaKeyPair(String(jwk.alg), seed);
  return equalBytes(derived.pub, pub) ? undefined : 'Its "pub" is not the public key its "priv" seed gives.';
}
