// issue 13 ("Encrypt"): encrypt() wraps a token for a recipient key; every alg/enc pair this page
// decrypts is read back by an independent implementation (jose's compactDecrypt in Node) and by
// inspect() with the recipient's private key.
import { compactDecrypt, decodeProtectedHeader, exportJWK, generateKeyPair } from 'jose';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encrypt, inspect } from '../../../../src/core/index';
import { contentEncryptionAlgorithms, keyManagementAlgorithms } from '../../../../src/core/algorithms/jwe';
import { hmacToken } from '../../helpers/mint';

const NOW = 1_700_000_000;
const SECRET = 'a-string-secret-at-least-256-bits-long';
const TOKEN = hmacToken({ alg: 'HS256', typ: 'JWT' }, { sub: 'u-1', iat: NOW, exp: NOW + 600 }, SECRET);

interface Recipient {
  encryptWith: string; // the recipient key box text
  decryptWith: string; // the Key box text that decrypts (and, in a set, verifies the inner token)
  joseKey: CryptoKey | Uint8Array;
}

async function recipient(alg: string, enc: string, crv = 'P-256'): Promise<Recipient> {
  if (alg.startsWith('RSA-OAEP') || alg.startsWith('ECDH-ES')) {
    const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true, ...(alg.startsWith('ECDH') ? { crv } : {}) });
    return { encryptWith: JSON.stringify(await exportJWK(publicKey)), decryptWith: JSON.stringify(await exportJWK(privateKey)), joseKey: privateKey };
  }
  if (alg.startsWith('PBES2')) return { encryptWith: 'correct horse battery staple', decryptWith: 'correct horse battery staple', joseKey: new TextEncoder().encode('correct horse battery staple') };
  const km = keyManagementAlgorithms.find((a) => a.alg === alg)!;
  const bytes = alg === 'dir' ? contentEncryptionAlgorithms.find((c) => c.enc === enc)!.keyBytes : km.keyBytes!;
  const k = new Uint8Array(randomBytes(bytes));
  const jwk = JSON.stringify({ kty: 'oct', k: Buffer.from(k).toString('base64url') });
  return { encryptWith: jwk, decryptWith: jwk, joseKey: k };
}

const usable = <T extends { missing?: string }>(list: readonly T[]) => list.filter((a) => !a.missing);
const pairs = usable(keyManagementAlgorithms).flatMap((km) => usable(contentEncryptionAlgorithms).map((ce) => [km.alg, ce.enc] as const));

describe('encrypt()', () => {
  it.each(pairs)('issue 13: %s + %s round-trips through jose and inspect()', async (alg, enc) => {
    const r = await recipient(alg, enc);
    const result = await encrypt({ plaintext: TOKEN, key: r.encryptWith, alg, enc, p2c: 1000 });
    if (!result.ok) throw new Error(result.error.message);
    expect(decodeProtectedHeader(result.token)).toMatchObject({ alg, enc, cty: 'JWT' });
    const { plaintext } = await compactDecrypt(result.token, r.joseKey, { maxPBES2Count: 10_000, keyManagementAlgorithms: [alg] });
    expect(new TextDecoder().decode(plaintext)).toBe(TOKEN);
    const report = await inspect({ token: result.token, key: r.decryptWith, now: NOW });
    expect(report.decryption?.status).toBe('decrypted');
    expect(report.nested[0]?.report.input.text).toBe(TOKEN);
  });

  it('issue 13: ECDH-ES to X25519 and P-521 keys, and a PEM public key for RSA-OAEP-256', async () => {
    for (const crv of ['X25519', 'P-521']) {
      const r = await recipient('ECDH-ES+A256KW', 'A256GCM', crv);
      const result = await encrypt({ plaintext: TOKEN, key: r.encryptWith, alg: 'ECDH-ES+A256KW', enc: 'A256GCM' });
      expect(result.ok && (await inspect({ token: result.token, key: r.decryptWith, now: NOW })).decryption?.status).toBe('decrypted');
    }
    const { publicKey, privateKey } = await generateKeyPair('RSA-OAEP-256', { extractable: true });
    const spki = Buffer.from(await crypto.subtle.exportKey('spki', publicKey)).toString('base64');
    const pem = `-----BEGIN PUBLIC KEY-----\n${spki.match(/.{1,64}/g)!.join('\n')}\n-----END PUBLIC KEY-----\n`;
    const result = await encrypt({ plaintext: 'not a token', key: pem, alg: 'RSA-OAEP-256', enc: 'A128CBC-HS256' });
    if (!result.ok) throw new Error(result.error.message);
    expect(decodeProtectedHeader(result.token).cty).toBeUndefined();
    expect(new TextDecoder().decode((await compactDecrypt(result.token, privateKey)).plaintext)).toBe('not a token');
  });

  it('issue 13: PBES2 uses 100,000 iterations unless told otherwise, and the kid of a JWK', async () => {
    const pbes = await encrypt({ plaintext: TOKEN, key: 'pw', alg: 'PBES2-HS256+A128KW', enc: 'A128GCM' });
    expect(pbes.ok && decodeProtectedHeader(pbes.token).p2c).toBe(100_000);
    const k = Buffer.from(randomBytes(16)).toString('base64url');
    const kw = await encrypt({ plaintext: TOKEN, key: JSON.stringify({ kty: 'oct', kid: 'k1', k }), alg: 'A128KW', enc: 'A128GCM' });
    expect(kw.ok && decodeProtectedHeader(kw.token).kid).toBe('k1');
  });

  it("issue 13: an HS256 token inside, with a set of the recipient's private key and the secret, verifies; a public key beside them still refuses HMAC", async () => {
    const r = await recipient('RSA-OAEP-256', 'A256GCM');
    const result = await encrypt({ plaintext: TOKEN, key: r.encryptWith, alg: 'RSA-OAEP-256', enc: 'A256GCM' });
    if (!result.ok) throw new Error(result.error.message);
    const secret = { kty: 'oct', k: Buffer.from(SECRET).toString('base64url') };
    const inner = async (keys: object[]) => (await inspect({ token: result.token, key: JSON.stringify({ keys }), now: NOW })).nested[0]?.report.signature.status;
    expect(await inner([JSON.parse(r.decryptWith), secret])).toBe('valid');
    const { publicKey } = await generateKeyPair('ES256', { extractable: true });
    expect(await inner([JSON.parse(r.decryptWith), secret, await exportJWK(publicKey)])).toBe('key-mismatch');
  });

  it.each([
    ['an unknown alg', { alg: 'RSA-OAEP-999', enc: 'A128GCM', key: SECRET }, 'bad-spec'],
    ['an unknown enc', { alg: 'dir', enc: 'A512GCM', key: SECRET }, 'bad-spec'],
    ['192-bit AES (Chromium cannot decrypt it)', { alg: 'A192KW', enc: 'A128GCM', key: SECRET }, 'unsupported'],
    ['RSA1_5', { alg: 'RSA1_5', enc: 'A128GCM', key: SECRET }, 'unsupported'],
    ['a secret for RSA-OAEP', { alg: 'RSA-OAEP', enc: 'A128GCM', key: JSON.stringify({ kty: 'oct', k: 'AAAA' }) }, 'unreadable-key'],
    ['a 256-bit secret for A128KW', { alg: 'A128KW', enc: 'A128GCM', key: JSON.stringify({ kty: 'oct', k: Buffer.alloc(32, 1).toString('base64url') }) }, 'unreadable-key'],
    ['a 128-bit secret for dir with A256GCM', { alg: 'dir', enc: 'A256GCM', key: JSON.stringify({ kty: 'oct', k: Buffer.alloc(16, 1).toString('base64url') }) }, 'unreadable-key'],
    ['an empty password', { alg: 'PBES2-HS256+A128KW', enc: 'A128GCM', key: '' }, 'no-key'],
    ['no key', { alg: 'A128KW', enc: 'A128GCM', key: '' }, 'no-key'],
  ])('issue 13: %s is refused with a reason', async (_name, spec, code) => {
    const result = await encrypt({ plaintext: TOKEN, ...spec });
    expect(result.ok ? 'ok' : result.error.code).toBe(code);
  });
});
