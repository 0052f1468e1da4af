// issue 12: every way sign() refuses, as an error code (and where, when it can say): it never
// throws.
import { generateKeyPairSync } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { sign } from '../../../../src/core/index';
import type { SignInput } from '../../../../src/core/report';
import { genpkey, type TestKey } from './openssl-keys';

const errorOf = async (input: Partial<SignInput>) => {
  const result = await sign({ header: '{"alg":"HS256"}', payload: '{}', key: 'k'.repeat(32), ...input });
  if (result.ok) throw new Error('expected an error');
  return result.error;
};

let rsa: TestKey;
let ed448: TestKey;
beforeAll(() => {
  rsa = genpkey('RSA', 'rsa_keygen_bits:2048');
  ed448 = genpkey('ED448');
});

describe('sign(): header errors', () => {
  it('issue 12: header-invalid-json points at where the header stops being JSON', async () => {
    const header = '{"alg":"HS256",}';
    const error = await errorOf({ header });
    expect(error.code).toBe('header-invalid-json');
    expect(error.at).toEqual({ part: 'header', from: 15, to: 16 });
    expect((await errorOf({ header: '' })).code).toBe('header-invalid-json');
  });

  it('issue 12: header-not-object covers the whole value', async () => {
    expect(await errorOf({ header: '["HS256"]' })).toMatchObject({ code: 'header-not-object', at: { part: 'header', from: 0, to: 9 } });
  });

  it('issue 12: alg-missing when there is no alg, or it is not a string', async () => {
    expect((await errorOf({ header: '{"typ":"JWT"}' })).code).toBe('alg-missing');
    expect(await errorOf({ header: '{"alg":256}' })).toMatchObject({ code: 'alg-missing', at: { part: 'header', from: 7, to: 10 } });
  });

  it.each(['HS1', 'hs256', 'RSA-OAEP', 'ML-DSA-99'])('issue 12: alg-unsupported for "%s"', async (alg) => {
    const header = `{"alg":"${alg}"}`;
    expect(await errorOf({ header })).toMatchObject({ code: 'alg-unsupported', at: { part: 'header', from: 7, to: header.length - 1 } });
  });
});

describe('sign(): text that UTF-8 cannot carry', () => {
  it('issue 12: text-not-unicode for a lone surrogate in the header or the payload, with where', async () => {
    expect(await errorOf({ header: '{"alg":"HS256","x":"\uD800"}' })).toMatchObject({ code: 'text-not-unicode', at: { part: 'header', from: 20, to: 21 } });
    expect(await errorOf({ payload: 'ab\uDC00' })).toMatchObject({ code: 'text-not-unicode', at: { part: 'payload', from: 2, to: 3 } });
    expect((await sign({ header: '{"alg":"HS256"}', payload: '\uD83D\uDE00', key: 'k'.repeat(32) })).ok).toBe(true);
  });
});

describe('sign(): key errors', () => {
  it('issue 12: key-missing when the Key box is empty', async () => {
    expect((await errorOf({ header: '{"alg":"ES256"}', key: '  \n' })).code).toBe('key-missing');
  });

  it('issue 12: key-unreadable for broken JSON (with where), a damaged PEM, a JWK Set, or bad hex', async () => {
    expect(await errorOf({ key: '{"kty":"EC",' })).toMatchObject({ code: 'key-unreadable', at: { part: 'key' } });
    expect((await errorOf({ key: '-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----' })).code).toBe('key-unreadable');
    expect((await errorOf({ key: JSON.stringify({ keys: [rsa.jwk] }), header: '{"alg":"RS256"}' })).code).toBe('key-unreadable');
    expect((await errorOf({ key: 'not hex', secretEncoding: 'hex' })).code).toBe('key-unreadable');
  });

  it('issue 12: public-key-only for a public PEM or a public JWK, whatever the alg', async () => {
    const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = rsa.jwk;
    expect((await errorOf({ header: '{"alg":"RS256"}', key: rsa.spki })).code).toBe('public-key-only');
    expect((await errorOf({ header: '{"alg":"RS256"}', key: JSON.stringify(publicJwk) })).code).toBe('public-key-only');
    expect((await errorOf({ header: '{"alg":"HS256"}', key: rsa.spki })).code).toBe('public-key-only');
  });

  it.each([
    ['ES256', 'an RSA key'],
    ['HS256', 'an RSA key'],
    ['Ed25519', 'an Ed448 key'],
    ['ES384', 'a P-256 key'],
    ['RS256', 'a secret'],
  ])('issue 12: key-alg-mismatch: %s with %s', async (alg, what) => {
    const p256 = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'pem', type: 'sec1' }).toString();
    const key = { 'an RSA key': rsa.pem, 'an Ed448 key': ed448.pem, 'a P-256 key': p256, 'a secret': 'k'.repeat(32) }[what]!;
    expect((await errorOf({ header: `{"alg":"${alg}"}`, key })).code).toBe('key-alg-mismatch');
  });

  it('issue 12: key-alg-mismatch for a private key JWS does not sign with (X25519)', async () => {
    expect((await errorOf({ header: '{"alg":"Ed25519"}', key: genpkey('X25519').pem })).code).toBe('key-alg-mismatch');
  });

  it('issue 12: key-alg-mismatch when the JWK names another alg', async () => {
    const key = JSON.stringify({ ...rsa.jwk, alg: 'RS256' });
    expect((await errorOf({ header: '{"alg":"PS256"}', key })).code).toBe('key-alg-mismatch');
    expect((await sign({ header: '{"alg":"RS256"}', payload: '{}', key })).ok).toBe(true);
  });

  it.each(['P-256', 'Ed25519'] as const)('issue 12: key-private-inconsistent for a %s JWK whose public members are another key\'s', async (curve) => {
    const own = (curve === 'P-256' ? generateKeyPairSync('ec', { namedCurve: curve }) : generateKeyPairSync('ed25519')).privateKey;
    const other = (curve === 'P-256' ? generateKeyPairSync('ec', { namedCurve: curve }) : generateKeyPairSync('ed25519')).privateKey;
    const { x, y } = other.export({ format: 'jwk' });
    const key = JSON.stringify({ ...own.export({ format: 'jwk' }), x, ...(y ? { y } : {}) });
    const alg = curve === 'P-256' ? 'ES256' : 'Ed25519';
    expect((await errorOf({ header: `{"alg":"${alg}"}`, key })).code).toBe('key-private-inconsistent');
    expect((await sign({ header: `{"alg":"${alg}"}`, payload: '{}', key: JSON.stringify(own.export({ format: 'jwk' })) })).ok).toBe(true);
  });

  it('issue 12: key-private-inconsistent for an RSA JWK whose n is not p times q', async () => {
    const { n } = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
    expect((await errorOf({ header: '{"alg":"RS256"}', key: JSON.stringify({ ...rsa.jwk, n }) })).code).toBe('key-private-inconsistent');
  });

  it('issue 12: key-private-inconsistent for an RSA JWK whose dp is not d mod (p−1) (a faulty CRT signer leaks a factor)', async () => {
    const dp = Buffer.from(String(rsa.jwk.dp), 'base64url');
    dp[dp.length - 1] ^= 1;
    expect((await errorOf({ header: '{"alg":"RS256"}', key: JSON.stringify({ ...rsa.jwk, dp: dp.toString('base64url') }) })).code).toBe('key-private-inconsistent');
  });

  it('issue 12: sign-failed when the crypto refuses the key (an RSA JWK without its CRT members)', async () => {
    const { n, e, d } = rsa.jwk;
    expect((await errorOf({ header: '{"alg":"RS256"}', key: JSON.stringify({ kty: 'RSA', n, e, d }) })).code).toBe('sign-failed');
  });
});
