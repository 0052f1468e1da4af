import { describe, expect, it } from 'vitest';
import { hits, lintKey, rfc7515A3, rfc7517Keys, severityOf, wycheproofJwk } from '../../helpers/key-alone';
import { run } from '../../helpers/mint';
import { expectQuietOnCleanAndGarbage, jwks } from './de-cases';

const RULE = 'key-metadata-inconsistent';
const { d: _d, ...ec } = rfc7515A3();
const [ecA1, rsa] = rfc7517Keys('A.1');
const [aesKw, hmac] = rfc7517Keys('A.3');
const okp = { kty: 'OKP', crv: 'X25519', x: 'hSDwCYkwp1R0i33ctD73Wg2_Og0mOBr066SpjqqbTmo' }; // RFC 8037 A.6

describe(RULE, () => {
  it('issue 12: Wycheproof json_web_key_test.json #19 (alg ES521 on a P-256 key) → error', async () => {
    expect(severityOf(await lintKey(wycheproofJwk(19).key), RULE)).toBe('error');
    const { jws, key } = wycheproofJwk(19);
    expect(severityOf(await run(jws, { key }), RULE)).toBe('error');
  });

  it('issue 12: Wycheproof json_web_key_test.json #25 (alg A256GCM, use sig) → error', async () => {
    expect(severityOf(await lintKey(wycheproofJwk(25).key), RULE)).toBe('error');
  });

  it('issue 12: an EC key with use sig and key_ops ["encrypt"] → warning', async () => {
    expect(severityOf(await lintKey({ ...ec, use: 'sig', key_ops: ['encrypt'] }), RULE)).toBe('warning');
  });

  it.each([
    ['use enc with key_ops verify', { ...ec, use: 'enc', key_ops: ['verify'] }],
    ['key_ops with a repeated value', { ...ec, key_ops: ['verify', 'verify'] }],
    ['key_ops mixing sign and decrypt', { ...rsa, key_ops: ['sign', 'decrypt'] }],
  ])('%s → warning', async (_name, key) => {
    expect(severityOf(await lintKey(key), RULE)).toBe('warning');
  });

  it('a use other than sig or enc → info', async () => {
    expect(severityOf(await lintKey({ ...ec, use: 'signature' }), RULE)).toBe('info');
  });

  it.each([
    ['RS256 on an EC key', { ...ec, alg: 'RS256' }],
    ['RSA-OAEP on an EC key', { ...ec, alg: 'RSA-OAEP' }],
    ['ES384 on a P-256 key', { ...ec, alg: 'ES384' }],
    ['ES256K on a P-256 key', { ...ec, alg: 'ES256K' }],
    ['EdDSA on an X25519 key', { ...okp, alg: 'EdDSA' }],
    ['Ed25519 on an EC key', { ...ec, alg: 'Ed25519' }],
    ['ECDH-ES on an RSA key', { ...rsa, alg: 'ECDH-ES' }],
    ['HS256 on an RSA key', { ...rsa, alg: 'HS256' }],
    ['A128KW on an RSA key', { ...rsa, alg: 'A128KW' }],
    ['A128GCMKW on an EC key', { ...ec, alg: 'A128GCMKW' }],
    ['dir on an EC key', { ...ec, alg: 'dir' }],
    ['A256KW on the 16-byte RFC 7517 A.3 key', { ...aesKw, alg: 'A256KW' }],
    ['ML-DSA-44 on an EC key', { ...ec, alg: 'ML-DSA-44' }],
    ['an unregistered name', { ...rsa, alg: 'RS257' }],
  ])('alg contradicting the key: %s → error', async (_name, key) => {
    expect(severityOf(await lintKey(key), RULE)).toBe('error');
  });

  it('keys whose metadata agree → nothing (RFC 7517 A.1 and A.3, ECDH-ES on X25519, A256GCM for dir)', async () => {
    const quiet = [jwks(ecA1!, rsa!), jwks(aesKw!, hmac!), JSON.stringify({ ...okp, alg: 'ECDH-ES', use: 'enc' }), JSON.stringify({ ...hmac, alg: 'A256GCM', use: 'enc' }), JSON.stringify({ ...ec, use: 'sig', key_ops: ['verify'] })];
    for (const key of quiet) expect(hits(await lintKey(key), RULE)).toEqual([]);
  });

  it('stays quiet on a clean token with its key, and on garbage', () => expectQuietOnCleanAndGarbage(RULE));
});
