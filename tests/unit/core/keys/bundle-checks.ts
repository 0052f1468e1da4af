// Test-only checks shared by generate.test.ts and convert.test.ts (issue 12): a token signed by
// Node's crypto with a bundle's private half, and a bundle's JWKs as Node's crypto reads them.
import { constants, createHmac, createPrivateKey, createPublicKey, sign as nodeSign, type KeyObject } from 'node:crypto';
import { expect } from 'vitest';
import type { KeyBundle } from '../../../../src/core/report';
import { b64url, run } from '../../helpers/mint';

const HASH: Record<string, string> = { '256': 'sha256', '384': 'sha384', '512': 'sha512' };

/** header.payload.signature for `alg`, signed with Node's crypto (HMAC key: raw bytes). */
export function signedToken(alg: string, key: KeyObject | Buffer): string {
  const input = `${b64url(JSON.stringify({ alg, typ: 'JWT' }))}.${b64url(JSON.stringify({ sub: 'issue 12' }))}`;
  const data = Buffer.from(input);
  const hash = HASH[alg.replace(/^\D+/, '').slice(0, 3)] ?? 'sha256';
  let sig: Buffer;
  if (Buffer.isBuffer(key)) sig = createHmac(hash, key).update(input).digest();
  else if (alg.startsWith('PS')) sig = nodeSign(hash, data, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: Number(alg.slice(2)) / 8 });
  else if (alg.startsWith('ES')) sig = nodeSign(hash, data, { key, dsaEncoding: 'ieee-p1363' });
  else if (alg.startsWith('RS')) sig = nodeSign(hash, data, key);
  else sig = nodeSign(null, data, key);
  return `${input}.${b64url(sig)}`;
}

/** The JWS alg a bundle's key signs with by default. */
export function algFor(bundle: KeyBundle): string {
  const { kty, crv, alg } = bundle.key;
  if (alg) return alg;
  if (kty === 'RSA') return 'RS256';
  if (kty === 'oct') return `HS${bundle.key.bits}`;
  if (kty === 'OKP') return 'EdDSA';
  return { 'P-256': 'ES256', 'P-384': 'ES384', 'P-521': 'ES512', secp256k1: 'ES256K' }[crv ?? ''] ?? '?';
}

/** The key members of a JWK, without kid/alg/use (what Node's crypto exports). */
export function members(jwk: object | undefined): Record<string, unknown> {
  const { kid: _kid, alg: _alg, use: _use, ...rest } = (jwk ?? {}) as Record<string, unknown>;
  return rest;
}

/** Node reads every form in the bundle as the same key; a token signed with its private half
 * verifies through inspect() with its public JWK and with its SPKI PEM. */
export async function expectBundleWorks(bundle: KeyBundle): Promise<void> {
  const alg = algFor(bundle);
  if (bundle.key.kty === 'oct') {
    expect(bundle.publicJwk).toBeUndefined();
    const k = Buffer.from(bundle.privateJwk!.k!, 'base64url');
    const report = await run(signedToken(alg, k), { key: JSON.stringify(bundle.privateJwk) });
    expect(report.signature.status).toBe('valid');
    return;
  }
  const fromJwk = createPublicKey({ key: bundle.publicJwk as never, format: 'jwk' });
  const fromPem = createPublicKey(bundle.spkiPem!);
  expect(fromPem.export({ format: 'jwk' })).toEqual(members(bundle.publicJwk));
  expect(fromJwk.export({ format: 'jwk' })).toEqual(members(bundle.publicJwk));
  const privateKey = createPrivateKey({ key: bundle.privateJwk as never, format: 'jwk' });
  expect(createPrivateKey(bundle.pkcs8Pem!).export({ format: 'jwk' })).toEqual(members(bundle.privateJwk));
  expect(privateKey.export({ format: 'jwk' })).toEqual(members(bundle.privateJwk));
  const token = signedToken(alg, privateKey);
  expect((await run(token, { key: JSON.stringify(bundle.publicJwk) })).signature.status).toBe('valid');
  expect((await run(token, { key: bundle.spkiPem })).signature.status).toBe('valid');
}
