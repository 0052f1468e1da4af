// Property: changing any byte of a valid signature never yields 'valid', for every family of
// algorithm (HMAC, RSA PKCS#1 and PSS, ECDSA, EdDSA).
import { constants, createHmac, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { b64url, run } from '../../helpers/mint';

interface Signer {
  alg: string;
  key: string;
  sign(input: Buffer): Buffer;
}

const pem = (k: KeyObject) => k.export({ type: 'spki', format: 'pem' }).toString();

function signers(): Signer[] {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const k1 = generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
  const ed = generateKeyPairSync('ed25519');
  const secret = 'a-long-random-looking-secret-for-mutation-tests-0123456789';
  return [
    { alg: 'HS256', key: secret, sign: (i) => createHmac('sha256', secret).update(i).digest() },
    { alg: 'RS256', key: pem(rsa.publicKey), sign: (i) => sign('sha256', i, rsa.privateKey) },
    {
      alg: 'PS256',
      key: pem(rsa.publicKey),
      sign: (i) => sign('sha256', i, { key: rsa.privateKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }),
    },
    { alg: 'ES256', key: pem(ec.publicKey), sign: (i) => sign('sha256', i, { key: ec.privateKey, dsaEncoding: 'ieee-p1363' }) },
    { alg: 'ES256K', key: pem(k1.publicKey), sign: (i) => sign('sha256', i, { key: k1.privateKey, dsaEncoding: 'ieee-p1363' }) },
    { alg: 'EdDSA', key: pem(ed.publicKey), sign: (i) => sign(null, i, ed.privateKey) },
  ];
}

describe('a changed signature byte never verifies', () => {
  it.each(signers().map((s) => [s.alg, s] as const))('%s', async (_alg, s) => {
    const input = `${b64url(JSON.stringify({ alg: s.alg, typ: 'JWT' }))}.${b64url(JSON.stringify({ sub: 'u1' }))}`;
    const signature = s.sign(Buffer.from(input));
    expect((await run(`${input}.${b64url(signature)}`, { key: s.key })).signature.status).toBe('valid');
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: signature.length - 1 }), fc.integer({ min: 1, max: 255 }), async (index, mask) => {
        const changed = Buffer.from(signature);
        changed[index]! ^= mask;
        const report = await run(`${input}.${b64url(changed)}`, { key: s.key });
        expect(report.signature.status).not.toBe('valid');
      }),
      { numRuns: 40 },
    );
  });
});
