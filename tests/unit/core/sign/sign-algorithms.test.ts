// issue 12: every algorithm sign() makes, checked by an independent implementation (Node's
// crypto: createHmac, crypto.verify) and by inspect() with the public half only.
import { constants, createHash, createHmac, verify, type KeyObject } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspect, sign } from '../../../../src/core/index';
import { ecparamGenkey, genpkey, genrsaTraditional, type TestKey } from './openssl-keys';

const NOW = 1_700_000_000;
const HEADER = (alg: string) => `{"alg":"${alg}","typ":"JWT"}`;
const PAYLOAD = `{"sub":"issue-12","iat":${NOW},"exp":${NOW + 600}}`;
const SECRET = 'a shared secret of at least sixty-four characters, for HS512 too ....';

let keys: Record<string, TestKey>;
beforeAll(() => {
  keys = {
    rsaPkcs8: genpkey('RSA', 'rsa_keygen_bits:2048'),
    rsaPkcs1: genrsaTraditional(2048),
    p256Sec1: ecparamGenkey('prime256v1'),
    p384Pkcs8: genpkey('EC', 'ec_paramgen_curve:P-384'),
    p521Sec1: ecparamGenkey('secp521r1'),
    k256Sec1: ecparamGenkey('secp256k1'),
    k256Pkcs8: genpkey('EC', 'ec_paramgen_curve:secp256k1'),
    ed25519: genpkey('ED25519'),
    ed448: genpkey('ED448'),
  };
});

type Format = 'pem' | 'jwk';
const keyText = (key: TestKey, format: Format) => (format === 'pem' ? key.pem : JSON.stringify(key.jwk));

/** Node's own verdict on the signature (the hash is the alg's; PS* salt = hash length). */
function nodeVerifies(alg: string, data: Buffer, publicKey: KeyObject, signature: Buffer): boolean {
  const hash = `sha${alg.slice(-3)}`;
  if (alg.startsWith('RS')) return verify(hash, data, publicKey, signature);
  if (alg.startsWith('PS')) {
    return verify(hash, data, { key: publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: Number(alg.slice(-3)) / 8 }, signature);
  }
  if (alg.startsWith('ES')) return verify(alg === 'ES256K' ? 'sha256' : hash, data, { key: publicKey, dsaEncoding: 'ieee-p1363' }, signature);
  return verify(null, data, publicKey, signature); // EdDSA, Ed25519, Ed448
}

const ASYMMETRIC: [alg: string, key: string, format: Format][] = [
  ['RS256', 'rsaPkcs8', 'pem'],
  ['RS384', 'rsaPkcs1', 'pem'],
  ['RS512', 'rsaPkcs8', 'jwk'],
  ['PS256', 'rsaPkcs1', 'pem'],
  ['PS384', 'rsaPkcs8', 'pem'],
  ['PS512', 'rsaPkcs1', 'jwk'],
  ['ES256', 'p256Sec1', 'pem'],
  ['ES256', 'p256Sec1', 'jwk'],
  ['ES384', 'p384Pkcs8', 'pem'],
  ['ES512', 'p521Sec1', 'pem'],
  ['ES512', 'p521Sec1', 'jwk'],
  ['ES256K', 'k256Sec1', 'pem'],
  ['ES256K', 'k256Pkcs8', 'pem'],
  ['ES256K', 'k256Sec1', 'jwk'],
  ['EdDSA', 'ed25519', 'pem'],
  ['EdDSA', 'ed448', 'pem'],
  ['Ed25519', 'ed25519', 'jwk'],
  ['Ed448', 'ed448', 'pem'],
  ['Ed448', 'ed448', 'jwk'],
];

describe('sign(): every algorithm', () => {
  it.each(ASYMMETRIC)('issue 12: %s with the %s key (%s) verifies in Node crypto and in inspect() with the public key', async (alg, name, format) => {
    const key = keys[name]!;
    const result = await sign({ header: HEADER(alg), payload: PAYLOAD, key: keyText(key, format), now: NOW });
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    const [h, p, s] = result.token.split('.');
    expect(nodeVerifies(alg, Buffer.from(`${h}.${p}`), key.publicKey, Buffer.from(s!, 'base64url'))).toBe(true);
    const report = await inspect({ token: result.token, key: key.spki, now: NOW });
    expect(report.signature.status).toBe('valid');
    expect(result.alg).toBe(alg);
    expect(result.key?.kty).toBe(key.jwk.kty);
    expect(result.key?.thumbprint).toBe(report.keys.candidates[0]!.thumbprint);
    expect(result.findings.map((f) => f.rule)).not.toContain('sig-invalid');
  });

  it.each(['HS256', 'HS384', 'HS512'])('issue 12: %s with a text secret equals Node createHmac over the same bytes, and inspect() calls it valid', async (alg) => {
    const result = await sign({ header: HEADER(alg), payload: PAYLOAD, key: SECRET, now: NOW });
    if (!result.ok) throw new Error(result.error.code);
    const [h, p, s] = result.token.split('.');
    const expected = createHmac(`sha${alg.slice(2)}`, Buffer.from(SECRET, 'utf8')).update(`${h}.${p}`).digest('base64url');
    expect(s).toBe(expected);
    const report = await inspect({ token: result.token, key: SECRET, secretEncoding: 'utf8', now: NOW });
    expect(report.signature.status).toBe('valid');
    expect(result.key).toMatchObject({ kty: 'oct', bits: SECRET.length * 8 });
  });

  it('issue 12: an oct JWK signs with its decoded k, and the summary keeps its kid and thumbprint', async () => {
    const k = Buffer.from(SECRET).toString('base64url');
    const jwk = JSON.stringify({ kty: 'oct', k, kid: 'k1', alg: 'HS256' });
    const result = await sign({ header: HEADER('HS256'), payload: PAYLOAD, key: jwk, now: NOW });
    if (!result.ok) throw new Error(result.error.code);
    const [h, p, s] = result.token.split('.');
    expect(s).toBe(createHmac('sha256', Buffer.from(SECRET)).update(`${h}.${p}`).digest('base64url'));
    const thumbprint = createHash('sha256').update(`{"k":"${k}","kty":"oct"}`).digest('base64url');
    expect(result.key).toEqual({ kty: 'oct', alg: 'HS256', kid: 'k1', bits: SECRET.length * 8, thumbprint });
  });

  it('issue 12: a secret read with secretEncoding hex signs with the decoded bytes', async () => {
    const hex = '00ff'.repeat(16);
    const result = await sign({ header: HEADER('HS256'), payload: PAYLOAD, key: hex, secretEncoding: 'hex', now: NOW });
    if (!result.ok) throw new Error(result.error.code);
    const [h, p, s] = result.token.split('.');
    expect(s).toBe(createHmac('sha256', Buffer.from(hex, 'hex')).update(`${h}.${p}`).digest('base64url'));
    expect(result.key?.bits).toBe(256);
  });
});

