// Issue 12 ("Write tokens too"), first step: generateKey makes every key the contract names
// (design.md, "Next capabilities: the contracts"), and each bundle is one key in every form:
// Node's crypto reads its JWKs and PEMs as the same key, and a token signed with its private
// half verifies through inspect().
import { calculateJwkThumbprint } from 'jose';
import { describe, expect, it } from 'vitest';
import { generateKey } from '../../../../src/core/index';
import type { KeyBundle, KeySpec } from '../../../../src/core/report';
import { expectBundleWorks } from './bundle-checks';

const SPECS: [KeySpec, { kty: string; crv?: string; bits: number; alg?: string }][] = [
  [{ kty: 'RSA', bits: 2048 }, { kty: 'RSA', bits: 2048 }],
  [{ kty: 'RSA', bits: 3072 }, { kty: 'RSA', bits: 3072 }],
  [{ kty: 'RSA', bits: 4096 }, { kty: 'RSA', bits: 4096 }],
  [{ kty: 'EC', crv: 'P-256' }, { kty: 'EC', crv: 'P-256', bits: 256 }],
  [{ kty: 'EC', crv: 'P-384' }, { kty: 'EC', crv: 'P-384', bits: 384 }],
  [{ kty: 'EC', crv: 'P-521' }, { kty: 'EC', crv: 'P-521', bits: 521 }],
  [{ kty: 'EC', crv: 'secp256k1' }, { kty: 'EC', crv: 'secp256k1', bits: 256 }],
  [{ kty: 'OKP', crv: 'Ed25519' }, { kty: 'OKP', crv: 'Ed25519', bits: 255 }],
  [{ kty: 'OKP', crv: 'Ed448' }, { kty: 'OKP', crv: 'Ed448', bits: 448 }],
  [{ kty: 'oct', bytes: 32 }, { kty: 'oct', bits: 256 }],
  [{ kty: 'oct', bytes: 48 }, { kty: 'oct', bits: 384 }],
  [{ kty: 'oct', bytes: 64 }, { kty: 'oct', bits: 512 }],
];

const BY_ALG: [string, { kty: string; crv?: string; bits: number }][] = [
  ['RS256', { kty: 'RSA', bits: 2048 }],
  ['PS384', { kty: 'RSA', bits: 2048 }],
  ['ES256', { kty: 'EC', crv: 'P-256', bits: 256 }],
  ['ES384', { kty: 'EC', crv: 'P-384', bits: 384 }],
  ['ES512', { kty: 'EC', crv: 'P-521', bits: 521 }],
  ['ES256K', { kty: 'EC', crv: 'secp256k1', bits: 256 }],
  ['EdDSA', { kty: 'OKP', crv: 'Ed25519', bits: 255 }],
  ['Ed25519', { kty: 'OKP', crv: 'Ed25519', bits: 255 }],
  ['Ed448', { kty: 'OKP', crv: 'Ed448', bits: 448 }],
  ['HS256', { kty: 'oct', bits: 256 }],
  ['HS384', { kty: 'oct', bits: 384 }],
  ['HS512', { kty: 'oct', bits: 512 }],
];

async function made(spec: KeySpec): Promise<KeyBundle> {
  const result = await generateKey(spec);
  if (!result.ok) throw new Error(`${JSON.stringify(spec)}: ${result.error.code} ${result.error.message}`);
  return result.bundle;
}

/** RFC 7518 canonical numbers: no leading zero octet in RSA members, EC coordinates full length. */
function expectCanonical(bundle: KeyBundle): void {
  const jwk = bundle.privateJwk as Record<string, string>;
  const bytes = (name: string) => Buffer.from(jwk[name]!, 'base64url');
  if (bundle.key.kty === 'RSA') for (const name of ['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi']) expect(bytes(name)[0]).not.toBe(0);
  const size = { 'P-256': 32, 'P-384': 48, 'P-521': 66, secp256k1: 32, Ed25519: 32, Ed448: 57 }[bundle.key.crv ?? ''];
  if (bundle.key.kty === 'EC') for (const name of ['x', 'y', 'd']) expect(bytes(name).length).toBe(size);
  if (bundle.key.kty === 'OKP') for (const name of ['x', 'd']) expect(bytes(name).length).toBe(size);
}

describe('generateKey', () => {
  it.each(SPECS)('issue 12: %j makes a working key, its forms agree, numbers canonical', async (spec, expected) => {
    const bundle = await made(spec);
    expect(bundle.key).toMatchObject(expected);
    expect(bundle.origin).toBe('generated');
    expect(bundle.notes.length).toBeGreaterThan(0);
    await expectBundleWorks(bundle);
    expectCanonical(bundle);
    const reference = await calculateJwkThumbprint((bundle.publicJwk ?? bundle.privateJwk) as never, 'sha256');
    expect(bundle.thumbprint).toBe(reference);
    expect(bundle.key.thumbprint).toBe(reference);
    expect((bundle.privateJwk as Record<string, string>).kid).toBe(reference);
    if (bundle.publicJwk) {
      expect((bundle.publicJwk as Record<string, string>).kid).toBe(reference);
      expect(bundle.publicJwk).not.toHaveProperty('d');
      expect(bundle.pkcs8Pem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
      expect(bundle.spkiPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    } else {
      expect(bundle.spkiPem).toBeUndefined();
      expect(bundle.pkcs8Pem).toBeUndefined();
    }
  }, 60_000);

  it.each(BY_ALG)('issue 12: { alg: %s } makes the key that alg signs with, named in its JWKs', async (alg, expected) => {
    const bundle = await made({ alg });
    expect(bundle.key).toMatchObject({ ...expected, alg });
    expect((bundle.privateJwk as Record<string, string>).alg).toBe(alg);
    await expectBundleWorks(bundle);
  }, 60_000);

  it('issue 12: two keys made one after the other differ', async () => {
    const [a, b] = await Promise.all([made({ alg: 'ES256K' }), made({ alg: 'HS256' })]);
    const [c, d] = await Promise.all([made({ alg: 'ES256K' }), made({ alg: 'HS256' })]);
    expect(a.thumbprint).not.toBe(c.thumbprint);
    expect(b.thumbprint).not.toBe(d.thumbprint);
  });

  it.each<[KeySpec, string]>([
    [{ alg: 'ML-DSA-99' }, 'unsupported'],
    [{ kty: 'AKP', alg: 'SLH-DSA-SHA2-128s' }, 'unsupported'],
    [{ alg: 'none' }, 'bad-spec'],
    [{ alg: 'RSA-OAEP' }, 'bad-spec'],
    [{ kty: 'RSA', bits: 1024 }, 'bad-spec'],
    [{ kty: 'EC', crv: 'P-192' }, 'bad-spec'],
    [{ kty: 'OKP', crv: 'X25519' }, 'bad-spec'],
    [{ kty: 'oct', bytes: 8 }, 'bad-spec'],
    [{ kty: 'DSA' } as unknown as KeySpec, 'bad-spec'],
    [null as unknown as KeySpec, 'bad-spec'],
  ])('issue 12: %j makes no key and says why (%s), without throwing', async (spec, code) => {
    const result = await generateKey(spec);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).not.toBe('');
    }
  });
});
