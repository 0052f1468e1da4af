// Issue 13: the Key box holds decryption keys in every form the issue lists, several at once.
import { describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';
import { inspect } from '../../../../src/core/index';
import { decryptionKeys } from '../../../../src/core/decrypt/keys';
import { encryptFor, octJwk, type RecipientKey } from '../../helpers/jwe-mint';
import { NOW } from '../../helpers/mint';

const CLAIMS = '{"sub":"u1"}';
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const x25519 = generateKeyPairSync('x25519');
const ec = generateKeyPairSync('ec', { namedCurve: 'P-384' });
const toRecipient = (publicKey: CryptoKey | Uint8Array): RecipientKey => ({ keyText: '', encryptKey: publicKey });
const webKey = (k: import('node:crypto').KeyObject) => k as unknown as CryptoKey;

async function statusOf(token: string, key: string, secretEncoding?: 'auto' | 'utf8' | 'base64url') {
  return (await inspect({ token, key, now: NOW, ...(secretEncoding ? { secretEncoding } : {}) })).decryption?.status;
}

describe('issue 13: decryption keys', () => {
  it('issue 13: RSA private keys as PKCS#8 and PKCS#1 PEM decrypt RSA-OAEP-256', async () => {
    const token = await encryptFor(toRecipient(webKey(rsa.publicKey)), { alg: 'RSA-OAEP-256', enc: 'A256GCM' }, CLAIMS);
    const pkcs8 = rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const pkcs1 = rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    expect(await statusOf(token, pkcs8)).toBe('decrypted');
    expect(await statusOf(token, pkcs1)).toBe('decrypted');
  });

  it('issue 13: EC (SEC1 PEM) and X25519 (PKCS#8 PEM) private keys decrypt ECDH-ES', async () => {
    const forEc = await encryptFor(toRecipient(webKey(ec.publicKey)), { alg: 'ECDH-ES', enc: 'A128GCM' }, CLAIMS);
    expect(await statusOf(forEc, ec.privateKey.export({ type: 'sec1', format: 'pem' }).toString())).toBe('decrypted');
    const forX = await encryptFor(toRecipient(webKey(x25519.publicKey)), { alg: 'ECDH-ES+A128KW', enc: 'A128GCM' }, CLAIMS);
    expect(await statusOf(forX, x25519.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString())).toBe('decrypted');
  });

  it('issue 13: several JWKs one after another, a bare array and a JWK Set each find the key that decrypts', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RSA-OAEP', { extractable: true });
    const other = JSON.stringify(await exportJWK((await generateKeyPair('ES256', { extractable: true })).publicKey));
    const mine = JSON.stringify(await exportJWK(privateKey));
    const token = await encryptFor(toRecipient(publicKey), { alg: 'RSA-OAEP', enc: 'A128CBC-HS256' }, CLAIMS);
    expect(await statusOf(token, `${other}\n${mine}`)).toBe('decrypted');
    expect(await statusOf(token, `[${other},${mine}]`)).toBe('decrypted');
    expect(await statusOf(token, `{"keys":[${other},${mine}]}`)).toBe('decrypted');
    expect(decryptionKeys(`${other}${mine}`, 'auto')).toHaveLength(2);
  });

  it('issue 13: a secret text is an AES key in any encoding under auto, and a PBES2 password read as UTF-8', async () => {
    const key = new Uint8Array(16).fill(1);
    const token = await encryptFor(toRecipient(key), { alg: 'A128KW', enc: 'A128GCM' }, CLAIMS);
    expect(await statusOf(token, Buffer.from(key).toString('hex'))).toBe('decrypted');
    expect(await statusOf(token, Buffer.from(key).toString('base64url'))).toBe('decrypted');
    const password = 'päss wörd';
    const pbes2 = await encryptFor(toRecipient(new TextEncoder().encode(password)), { alg: 'PBES2-HS256+A128KW', enc: 'A128GCM' }, CLAIMS);
    expect(await statusOf(pbes2, password)).toBe('decrypted');
  });

  it('issue 13: dir accepts an oct JWK whose alg names the enc (design.md)', async () => {
    const key = new Uint8Array(16).fill(2);
    const token = await encryptFor(toRecipient(key), { alg: 'dir', enc: 'A128GCM' }, CLAIMS);
    const jwk = JSON.stringify({ ...JSON.parse(octJwk(key)), alg: 'A128GCM' });
    expect(await statusOf(token, jwk)).toBe('decrypted');
  });
});

describe('issue 13: keys that do not fit', () => {
  it('issue 13: an oct key for RSA-OAEP, a key of the wrong size, a public key, a "use":"sig" key are key-mismatch with key-alg-mismatch', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RSA-OAEP-256', { extractable: true });
    const token = await encryptFor(toRecipient(publicKey), { alg: 'RSA-OAEP-256', enc: 'A256GCM' }, CLAIMS);
    const priv = await exportJWK(privateKey);
    const cases = [octJwk(new Uint8Array(32)), JSON.stringify(await exportJWK(publicKey)), JSON.stringify({ ...priv, use: 'sig' })];
    for (const key of cases) {
      const report = await inspect({ token, key, now: NOW });
      expect(report.decryption?.status, key.slice(0, 40)).toBe('key-mismatch');
      expect(report.findings.map((f) => f.rule)).toContain('key-alg-mismatch');
    }
    const kw = await encryptFor(toRecipient(new Uint8Array(32)), { alg: 'A256KW', enc: 'A256GCM' }, CLAIMS);
    expect(await statusOf(kw, octJwk(new Uint8Array(16)))).toBe('key-mismatch');
  });

  it('issue 13: a JWE with no key is no-key and keeps the Encrypted verdict', async () => {
    const token = await encryptFor(toRecipient(new Uint8Array(16)), { alg: 'A128KW', enc: 'A128GCM' }, CLAIMS);
    const report = await inspect({ token, now: NOW });
    expect(report.decryption?.status).toBe('no-key');
    expect(report.summary.status).toBe('encrypted');
  });
});
