// The Key box text as a signing key: a private JWK, a private key in PEM (PKCS#8, PKCS#1, SEC1),
// an oct JWK, or an HMAC secret. Anything public (SPKI, certificate, public JWK, OpenSSH line)
// is recognised with the verifier's own reader and refused: a public key cannot sign.
import { findPemBlocks } from '../crypto/pem';
import { mlDsaKeyPair } from '../crypto/ml-dsa';
import { encodeBase64url } from '../parse/base64url';
import { parseKeys } from '../keys';
import { readJwkText } from '../keys/jwk-text';
import { decodeJwkBytes } from '../keys/jwk-bytes';
import { candidateFromJwk } from '../keys/jwk';
import { KeyError, UnusableKeyError } from '../keys/spki';
import type { ConcreteEncoding, SecretEncoding } from '../report';
import { privateJwkFromDer } from '../keys/private-jwk';
import type { PublicJwk as PrivateJwk } from '../keys/spki';
import type { SignError } from './header';

export type SigningKey =
  | { kind: 'secret'; bytes: Uint8Array; encoding?: ConcreteEncoding; kid?: string; alg?: string }
  | { kind: 'private'; jwk: PrivateJwk; kid?: string; alg?: string };

const PEM_READERS: Record<string, (der: Uint8Array) => PrivateJwk> = {
  'PRIVATE KEY': (der) => privateJwkFromDer('pkcs8', der),
  'RSA PRIVATE KEY': (der) => privateJwkFromDer('pkcs1-private', der),
  'EC PRIVATE KEY': (der) => privateJwkFromDer('sec1', der),
};
const PRIVATE_MEMBERS: Record<string, string[]> = {
  RSA: ['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'],
  EC: ['crv', 'x', 'y', 'd'],
  OKP: ['crv', 'x', 'd'],
  AKP: ['alg', 'pub', 'priv'], // RFC 9964: priv is the 32-byte seed
};

const unreadable = (message: string, at?: { from: number; to: number }): { error: SignError } => ({
  error: { code: 'key-unreadable', message, ...(at ? { at: { part: 'key', ...at } } : {}) },
});

export async function readSigningKey(text: string, encoding: SecretEncoding): Promise<SigningKey | { error: SignError }> {
  const trimmed = text.trim();
  if (trimmed === '') return { error: { code: 'key-missing', message: 'Paste a private key or a secret in the Key box to sign.' } };
  if (/^[{[]/.test(trimmed)) {
    const jwk = fromJwkText(text);
    if (jwk) return jwk;
  } else if (text.includes('-----BEGIN ')) {
    const block = findPemBlocks(text).find((b) => PEM_READERS[b.label]);
    if (block) {
      if (!block.der) return unreadable(block.error ?? 'This PEM block could not be decoded.', block.errorAt ?? block.span);
      try {
        const jwk = PEM_READERS[block.label]!(block.der);
        // PKCS#8 holds an ML-DSA key as its seed; the public key is made from it.
        if (jwk.kty === 'AKP') jwk.pub = encodeBase64url((await mlDsaKeyPair(jwk.alg!, decodeJwkBytes(jwk.priv))).pub);
        return { kind: 'private', jwk };
      } catch (error) {
        // A private key JWS does not sign with (X25519, DSA, P-192): readable, but of the wrong kind.
        if (error instanceof UnusableKeyError) return { error: { code: 'key-alg-mismatch', message: error.message, at: { part: 'key', ...block.span } } };
        const detail = error instanceof KeyError ? error.message : `This PEM "${block.label}" block is not a valid private key.`;
        return unreadable(detail, block.span);
      }
    }
  }
  // Not a private key: read it as the verifier does, to say what it is.
  const parse = await parseKeys(text, encoding);
  if (parse.kind === 'secret') {
    // parseSecret lists the readings UTF-8 first, and the verifier takes the first reading that
    // verifies: with 'auto' the secret is the text as typed. Text that looks base64 or hex is
    // still signed as typed (as most JWT libraries do with a string secret); the produced
    // token's findings then say so (hmac-secret-encoding-suspect).
    const reading = parse.candidates[0]!.secrets![0]!;
    return { kind: 'secret', bytes: reading.bytes, encoding: reading.encoding };
  }
  if (parse.candidates.length > 0) {
    return {
      error: {
        code: 'public-key-only',
        message: `This is a public key (${parse.candidates[0]!.label}): it can verify but not sign. Paste the private key, or a secret for HS*.`,
      },
    };
  }
  return unreadable(parse.error ?? 'This key text could not be read.', parse.errorAt);
}

/** A JWK: oct → its secret; RSA/EC/OKP with "d", AKP with "priv" → private; anything else → undefined (read on). */
function fromJwkText(text: string): SigningKey | { error: SignError } | undefined {
  const read = readJwkText(text);
  if ('error' in read) return unreadable(read.error, read.errorAt);
  const value = read.value;
  if (Array.isArray(value) || (typeof value === 'object' && value !== null && 'keys' in value)) {
    return unreadable('This is a JWK Set; paste the one private key (or oct key) to sign with.');
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const obj = value as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const meta = { ...(str(obj.kid) !== undefined ? { kid: str(obj.kid) } : {}), ...(str(obj.alg) !== undefined ? { alg: str(obj.alg) } : {}) };
  const candidate = candidateFromJwk(value, 'JWK', 'jwk');
  if (typeof candidate === 'string') return unreadable(candidate);
  if (obj.kty === 'oct') return { kind: 'secret', bytes: decodeJwkBytes(obj.k)!, ...meta };
  const members = PRIVATE_MEMBERS[String(obj.kty)];
  if (!members || typeof obj[obj.kty === 'AKP' ? 'priv' : 'd'] !== 'string') return undefined;
  const jwk: PrivateJwk = { kty: String(obj.kty) };
  for (const name of members) {
    const v = obj[name];
    if (typeof v !== 'string' || (name !== 'crv' && name !== 'alg' && !decodeJwkBytes(v))) {
      if (obj.kty === 'RSA' && !(name in obj)) continue; // n, e, d alone: WebCrypto decides
      return unreadable(`The "${name}" member of this private ${String(obj.kty)} JWK is missing or not base64url.`);
    }
    jwk[name] = v;
  }
  return { kind: 'private', jwk, ...meta };
}
