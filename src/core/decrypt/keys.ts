// The Key box read for decryption: private JWKs (alone, in a set, in an array or one after
// another), private PEM blocks (PKCS#8, PKCS#1, SEC1; X25519 too), `oct` JWKs, or a secret text
// that is an AES key (per the secret encoding) or a PBES2 password (UTF-8 under `auto`).
// Public keys are skipped here: they are for the signature inside.
import { x25519 } from '@noble/curves/ed25519.js';
import { findPemBlocks } from '../crypto/pem';
import { TAG, expectTag, oidText, readDer, sequence } from '../crypto/der';
import { encodeBase64url } from '../parse/base64url';
import { readJwkText } from '../keys/jwk-text';
import { splitJsonObjects } from '../keys/jwk-sequence';
import { privateJwkFromDer, type PrivateSource } from '../keys/private-jwk';
import { ENCODINGS, readSecret, secretText } from '../keys/secret';
import type { SecretReading } from '../keys/types';
import type { SecretEncoding } from '../report';

export interface DecryptKey {
  label: string;
  /** A JWK as given (private members included); undefined for a secret text. */
  jwk?: Record<string, unknown>;
  /** A secret text: its byte readings (AES keys) and its reading as a PBES2 password. */
  secrets?: SecretReading[];
  password?: Uint8Array;
}

const PEM_SOURCES: Record<string, PrivateSource> = { 'PRIVATE KEY': 'pkcs8', 'EC PRIVATE KEY': 'sec1', 'RSA PRIVATE KEY': 'pkcs1-private' };
const X25519_OID = '1.3.101.110';

export function decryptionKeys(text: string, encoding: SecretEncoding): DecryptKey[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  if (/^[{[]/.test(trimmed)) return jwkKeys(text);
  if (text.includes('-----BEGIN ')) return pemKeys(text);
  const secret = secretText(text);
  const secrets = (encoding === 'auto' ? ENCODINGS : [encoding]).flatMap((e) => {
    const bytes = readSecret(secret, e);
    return bytes ? [{ encoding: e, bytes }] : [];
  });
  const password = passwordOf(text, encoding);
  return [{ label: 'your secret', secrets, ...(password ? { password } : {}) }];
}

/** The Key box text as a PBES2 password: its bytes per the secret encoding, UTF-8 under `auto`
 * (design.md, "A PBES2 password"). */
export function passwordOf(text: string, encoding: SecretEncoding): Uint8Array | undefined {
  return readSecret(secretText(text), encoding === 'auto' ? 'utf8' : encoding);
}

function jwkKeys(text: string): DecryptKey[] {
  const pieces = splitJsonObjects(text);
  const read = readJwkText(pieces ? `[${pieces.join(',')}]` : text);
  if ('error' in read) return [];
  const value = read.value as { keys?: unknown } | unknown[];
  const list = Array.isArray(value) ? value : Array.isArray(value?.keys) ? value.keys : [value];
  return list.flatMap((jwk, i) => {
    if (typeof jwk !== 'object' || jwk === null || typeof (jwk as { kty?: unknown }).kty !== 'string') return [];
    const obj = jwk as Record<string, unknown>;
    const label = typeof obj.kid === 'string' ? `kid "${obj.kid}"` : list.length > 1 ? `key #${i + 1}` : 'your key';
    return [{ label, jwk: obj }];
  });
}

function pemKeys(text: string): DecryptKey[] {
  const blocks = findPemBlocks(text).filter((b) => b.der && PEM_SOURCES[b.label]);
  return blocks.flatMap((block, i) => {
    const label = blocks.length > 1 ? `PEM private key #${i + 1}` : 'your PEM private key';
    try {
      return [{ label, jwk: x25519Jwk(block.der!) ?? privateJwkFromDer(PEM_SOURCES[block.label]!, block.der!) }];
    } catch {
      return [];
    }
  });
}

/** A PKCS#8 X25519 key (RFC 8410), which the signing-key readers do not take. */
function x25519Jwk(der: Uint8Array): Record<string, unknown> | undefined {
  try {
    const [, algId, key] = sequence(readDer(der), 3);
    if (oidText(sequence(algId, 1)[0]) !== X25519_OID) return undefined;
    const d = expectTag(readDer(expectTag(key, TAG.octetString).content), TAG.octetString).content;
    return { kty: 'OKP', crv: 'X25519', d: encodeBase64url(d), x: encodeBase64url(x25519.getPublicKey(d)) };
  } catch {
    return undefined;
  }
}
