import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signingAlgs } from '../../../../src/core/index';

const rsa = () => generateKeyPairSync('rsa', { modulusLength: 2048 });

describe('signingAlgs', () => {
  it('issue 12: an RSA private key signs RS* and PS*', async () => {
    const r = await signingAlgs(rsa().privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
    expect(r).toEqual({ ok: true, algs: ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512'] });
  });

  it('issue 12: an EC key signs the alg of its curve; a secret signs HS*', async () => {
    const k = generateKeyPairSync('ec', { namedCurve: 'P-384' });
    const jwk = JSON.stringify(k.privateKey.export({ format: 'jwk' }));
    expect(await signingAlgs(jwk)).toEqual({ ok: true, algs: ['ES384'] });
    expect(await signingAlgs('a long enough shared secret for HS512 ...........................')).toEqual({
      ok: true,
      algs: ['HS256', 'HS384', 'HS512'],
    });
  });

  it('issue 12: a key\'s own "alg" member narrows the list to that alg', async () => {
    const jwk = JSON.stringify({ ...rsa().privateKey.export({ format: 'jwk' }), alg: 'PS384' });
    expect(await signingAlgs(jwk)).toEqual({ ok: true, algs: ['PS384'] });
  });

  it('issue 12: a public key alone, or no key, cannot sign', async () => {
    const k = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const spki = k.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const r = await signingAlgs(spki);
    expect(!r.ok && r.error.code).toBe('public-key-only');
    const none = await signingAlgs('  ');
    expect(!none.ok && none.error.code).toBe('key-missing');
  });
});
