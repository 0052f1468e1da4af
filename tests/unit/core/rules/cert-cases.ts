// Test data for the certificate rules (rules-next.md O): the certificates of tests/vectors/certs
// (made by its make.sh; see its README) and the RFC 7517 Appendix B JWK with its certificate.
import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { GOOD, signed } from './de-cases';

const DIR = 'tests/vectors/certs';

export type CertName =
  | 'root-rsa'
  | 'intermediate-p384'
  | 'leaf-p256'
  | 'impostor-p384'
  | 'self-p256'
  | 'self-p521'
  | 'self-ed25519'
  | 'self-rsa-pss'
  | 'expired-rsa'
  | 'future-p256';

export const certPem = (name: CertName) => readFileSync(`${DIR}/${name}.pem`, 'utf8');
/** A PEM bundle of several certificates, in the order given. */
export const bundle = (...names: CertName[]) => names.map(certPem).join('');
/** The standard base64 DER of a certificate, as x5c holds it. */
export const x5c = (...names: CertName[]) => names.map((n) => new X509Certificate(certPem(n)).raw.toString('base64'));
/** The certificate's public key as a JWK. */
export const certJwk = (name: CertName) => new X509Certificate(certPem(name)).publicKey.export({ format: 'jwk' }) as Record<string, string>;
const privateKey = (name: 'leaf-p256' | 'self-p256' | 'expired-rsa' | 'future-p256'): KeyObject => createPrivateKey(readFileSync(`${DIR}/${name}.key.pem`));

/** A token signed with a certificate's private key (ES256 for P-256, RS256 for RSA). */
export function tokenOf(name: 'leaf-p256' | 'self-p256' | 'expired-rsa' | 'future-p256', header: Record<string, unknown> = {}, payload: Record<string, unknown> = GOOD): string {
  return signed({ alg: name === 'expired-rsa' ? 'RS256' : 'ES256', ...header }, payload, privateKey(name));
}

interface JwkExample {
  id: string;
  value: Record<string, unknown> & { keys?: Record<string, unknown>[] };
}
const examples = (JSON.parse(readFileSync('tests/vectors/rfc/rfc7517_rfc7638_jwk_examples.json', 'utf8')) as { tests: JwkExample[] }).tests;
/** RFC 7517 Appendix B: an RSA JWK with x5c (a self-signed certificate, CN=Brian Campbell, notAfter 2018-08-14). */
export const rfc7517B = examples.find((t) => t.id === 'rfc7517-B')!.value as Record<string, unknown> & { x5c: string[]; n: string };
/** RFC 7517 A.1's RSA `n` (another key). */
export const rfc7517A1RsaN = examples.find((t) => t.id === 'rfc7517-A.1')!.value.keys!.find((k) => k.kty === 'RSA')!.n as string;
/** The Appendix B certificate as PEM. */
export const rfc7517BPem = `-----BEGIN CERTIFICATE-----\n${rfc7517B.x5c[0]!.match(/.{1,64}/g)!.join('\n')}\n-----END CERTIFICATE-----\n`;
