// JWEs made by an independent implementation (jose's encrypt, in Node), for the decryption
// tests of issue 13: the core's decrypt path must read what another library wrote.
import { CompactEncrypt, exportJWK, generateKeyPair, type JWK } from 'jose';
import { createCipheriv, randomBytes } from 'node:crypto';

export interface RecipientKey {
  /** What goes in the Key box (a private JWK, an oct JWK, or a password). */
  keyText: string;
  /** What jose encrypts to. */
  encryptKey: CryptoKey | Uint8Array;
}

const AES = /^A(128|192|256)/;
const CBC_KEY: Record<string, number> = { 'A128CBC-HS256': 32, 'A192CBC-HS384': 48, 'A256CBC-HS512': 64 };

/** A fresh recipient key for `alg` (and `enc`, for dir). */
export async function recipientKey(alg: string, enc: string, crv = 'P-256'): Promise<RecipientKey> {
  if (alg.startsWith('RSA-OAEP') || alg.startsWith('ECDH-ES')) {
    const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true, ...(alg.startsWith('ECDH') ? { crv } : {}) });
    return { keyText: JSON.stringify(await exportJWK(privateKey)), encryptKey: publicKey };
  }
  if (alg.startsWith('PBES2')) {
    const password = 'correct horse battery staple';
    return { keyText: password, encryptKey: new TextEncoder().encode(password) };
  }
  const bytes = alg === 'dir' ? (CBC_KEY[enc] ?? Number(AES.exec(enc)![1]) / 8) : Number(AES.exec(alg)![1]) / 8;
  const k = new Uint8Array(randomBytes(bytes));
  const jwk: JWK = { kty: 'oct', k: Buffer.from(k).toString('base64url') };
  return { keyText: JSON.stringify(jwk), encryptKey: k };
}

/** A compact JWE of `plaintext` under the given header members. */
export async function encryptFor(key: RecipientKey, header: Record<string, unknown> & { alg: string; enc: string }, plaintext: string | Uint8Array): Promise<string> {
  const bytes = typeof plaintext === 'string' ? new TextEncoder().encode(plaintext) : plaintext;
  const { p2c, ...rest } = header;
  const jwe = new CompactEncrypt(bytes).setProtectedHeader(rest);
  // jose writes p2c (and p2s) itself, from its key-management parameters.
  if (typeof p2c === 'number') jwe.setKeyManagementParameters({ p2c });
  return jwe.encrypt(key.encryptKey);
}



/** A compact `dir` + A256GCM JWE made with Node's crypto alone (no jose): the content bytes as
 * given (already compressed, for a `zip` header), so tests can hand it odd content. */
export function dirA256Gcm(header: Record<string, unknown>, content: Uint8Array, key: Uint8Array): string {
  const protectedB64 = Buffer.from(JSON.stringify({ alg: 'dir', enc: 'A256GCM', ...header })).toString('base64url');
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(protectedB64, 'ascii'));
  const ciphertext = Buffer.concat([cipher.update(content), cipher.final()]);
  return [protectedB64, '', iv.toString('base64url'), ciphertext.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.');
}

export const octJwk = (key: Uint8Array) => JSON.stringify({ kty: 'oct', k: Buffer.from(key).toString('base64url') });
