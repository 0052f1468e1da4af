// Private keys written by the OpenSSL CLI in the test run (no vendored key material): PKCS#8 from
// `openssl genpkey`, PKCS#1 from `openssl genrsa -traditional`, SEC1 from `openssl ecparam
// -genkey`; their public halves (SPKI PEM) and JWKs come from Node's crypto, independent of ours.
import { execFileSync } from 'node:child_process';
import { createPublicKey, createPrivateKey, type KeyObject } from 'node:crypto';

export interface TestKey {
  /** The private key as OpenSSL wrote it. */
  pem: string;
  publicKey: KeyObject;
  /** SPKI PEM of the public half. */
  spki: string;
  /** The private key as a JWK (Node's export). */
  jwk: Record<string, string>;
}

const openssl = (...args: string[]) => execFileSync('openssl', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

function describeKey(pem: string): TestKey {
  const publicKey = createPublicKey(pem);
  return {
    pem,
    publicKey,
    spki: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    jwk: createPrivateKey(pem).export({ format: 'jwk' }) as Record<string, string>,
  };
}

/** `openssl genpkey -algorithm RSA|ED25519|ED448` (PKCS#8), or EC with a named curve. */
export function genpkey(algorithm: string, ...options: string[]): TestKey {
  return describeKey(openssl('genpkey', '-algorithm', algorithm, ...options.flatMap((o) => ['-pkeyopt', o])));
}

/** `openssl genrsa -traditional BITS`: a PKCS#1 "RSA PRIVATE KEY". */
export function genrsaTraditional(bits: number): TestKey {
  return describeKey(openssl('genrsa', '-traditional', String(bits)));
}

/** `openssl ecparam -name CURVE -genkey`: "EC PARAMETERS" then a SEC1 "EC PRIVATE KEY". */
export function ecparamGenkey(curve: string): TestKey {
  return describeKey(openssl('ecparam', '-name', curve, '-genkey'));
}
