// Issue 12: ML-DSA (RFC 9964, key type AKP) verified and signed through @noble/post-quantum.
import { readFileSync } from 'node:fs';
import { ml_dsa44, ml_dsa65, ml_dsa87 } from '@noble/post-quantum/ml-dsa.js';
import { describe, expect, it } from 'vitest';
import { generateKey, sign } from '../../../src/core/index';
import { compact, hits, run, severityOf } from '../helpers/mint';

const LEVELS = [44, 65, 87] as const;
/** FIPS 204 Table 2: public key and signature bytes. */
const FIPS204 = { 44: [1312, 2420], 65: [1952, 3309], 87: [2592, 4627] } as const;
const NOBLE = { 44: ml_dsa44, 65: ml_dsa65, 87: ml_dsa87 } as const;

interface Example { priv: string; jwk: Record<string, string>; jws: string }
const example = (level: number): Example =>
  JSON.parse(readFileSync(`tests/vectors/rfc/rfc9964/cose-wg_ML_DSA_${level}.jose.json`, 'utf8')) as Example;
const bytes = (b64url: string) => new Uint8Array(Buffer.from(b64url, 'base64url'));
const publicOf = ({ priv: _priv, ...jwk }: Record<string, string>) => jwk;

/** The token with one byte of its signature changed. */
function tampered(token: string): string {
  const [h, p, s] = token.split('.');
  const sig = bytes(s!);
  sig[100] ^= 1;
  return `${h}.${p}.${Buffer.from(sig).toString('base64url')}`;
}

describe('ML-DSA (RFC 9964)', () => {
  it.each(LEVELS)('issue 12: the RFC 9964 example ML-DSA-%i JWS verifies with its public JWK, whose thumbprint is its kid', async (level) => {
    const { jwk, jws } = example(level);
    const report = await run(jws, { key: JSON.stringify(publicOf(jwk)) });
    expect(report.signature.status).toBe('valid');
    expect(report.keys.candidates[0]).toMatchObject({ kty: 'AKP', alg: `ML-DSA-${level}`, thumbprint: jwk.kid });
    expect(hits(report, 'alg-unknown')).toEqual([]);
    expect((await run(tampered(jws), { key: JSON.stringify(publicOf(jwk)) })).signature.status).toBe('invalid');
  });

  it('issue 12: the RFC 9964 example keys are what their seeds (hex "priv") make (FIPS 204 key generation)', () => {
    for (const level of LEVELS) {
      const { priv: seed, jwk } = example(level);
      const { publicKey } = NOBLE[level].keygen(Buffer.from(seed, 'hex'));
      expect(Buffer.from(publicKey).toString('base64url')).toBe(jwk.pub);
      expect(Buffer.from(seed, 'hex').toString('base64url')).toBe(jwk.priv);
    }
  });

  it.each(LEVELS)('issue 12: generateKey, sign and inspect ML-DSA-%i: valid, one changed byte invalid, sizes as FIPS 204', async (level) => {
    const alg = `ML-DSA-${level}`;
    const made = await generateKey({ alg });
    if (!made.ok) throw new Error(made.error.message);
    const { publicJwk, privateJwk, thumbprint } = made.bundle;
    expect(publicJwk).toMatchObject({ kty: 'AKP', alg });
    expect(publicJwk).not.toHaveProperty('priv');
    expect(privateJwk).toMatchObject({ kty: 'AKP', alg, pub: publicJwk!.pub });
    const [pubBytes, sigBytes] = FIPS204[level];
    expect(bytes(publicJwk!.pub!).length).toBe(pubBytes);
    expect(bytes(privateJwk!.priv!).length).toBe(32);

    const signed = await sign({ header: `{"alg":"${alg}"}`, payload: '{"sub":"u1"}', key: JSON.stringify(privateJwk) });
    if (!signed.ok) throw new Error(signed.error.message);
    expect(signed.key?.thumbprint).toBe(thumbprint);
    const report = await run(signed.token, { key: JSON.stringify(publicJwk) });
    expect(report.signature.status).toBe('valid');
    expect(report.keys.candidates[0]!.thumbprint).toBe(thumbprint);
    expect(hits(report, 'alg-unknown')).toEqual([]);
    expect((await run(tampered(signed.token), { key: JSON.stringify(publicJwk) })).signature.status).toBe('invalid');

    // Independent of the app's code paths: the library itself, on the raw bytes.
    const [h, p, s] = signed.token.split('.');
    const signature = bytes(s!);
    expect(signature.length).toBe(sigBytes);
    const ok = NOBLE[level].verify(signature, new TextEncoder().encode(`${h}.${p}`), bytes(publicJwk!.pub!));
    expect(ok).toBe(true);
  });

  it('issue 12: generateKey by kty AKP, and a public JWK of another ML-DSA level is a key mismatch, not invalid', async () => {
    const made = await generateKey({ kty: 'AKP', alg: 'ML-DSA-44' });
    if (!made.ok) throw new Error(made.error.message);
    expect(made.bundle.spkiPem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(made.bundle.pkcs8Pem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    const { jws } = example(65);
    const report = await run(jws, { key: JSON.stringify(made.bundle.publicJwk) });
    expect(report.signature.status).toBe('key-mismatch');
  });

  it('issue 12: an AKP JWK whose pub has the wrong length is not used to verify (pq-akp-key-invalid)', async () => {
    const { jwk, jws } = example(44);
    const short = { ...publicOf(jwk), pub: jwk.pub!.slice(0, 400) };
    const report = await run(jws, { key: JSON.stringify(short) });
    expect(report.signature.status).not.toBe('valid');
    expect(report.signature.status).not.toBe('invalid');
    expect(report.keys.candidates[0]!.problems.map((p) => p.code)).toContain('akp-key-invalid');
    expect(hits(report, 'pq-akp-key-invalid')).toHaveLength(1);
  });

  it('issue 12: sig-length-mismatch knows the ML-DSA lengths; jwk-private-material knows an AKP priv', async () => {
    const { jwk, jws } = example(65);
    const [h, p, sig] = jws.split('.');
    const short = `${h}.${p}.${Buffer.from(bytes(sig!).subarray(0, 3000)).toString('base64url')}`;
    expect(severityOf(await run(short, { key: JSON.stringify(publicOf(jwk)) }), 'sig-length-mismatch')).toBe('error');
    expect(hits(await run(jws, { key: JSON.stringify(publicOf(jwk)) }), 'sig-length-mismatch')).toEqual([]);
    expect(severityOf(await run(compact({ alg: 'ML-DSA-65', jwk }, { sub: 'u1' }, 'c2ln')), 'jwk-private-material')).toBe('error');
    expect(hits(await run(compact({ alg: 'ML-DSA-65', jwk: publicOf(jwk) }, { sub: 'u1' }, 'c2ln')), 'jwk-private-material')).toEqual([]);
  });

  it('issue 12: SPKI and PKCS#8 PEM (RFC 9881 OIDs, seed form) are written, read back to verify and sign', async () => {
    const made = await generateKey({ alg: 'ML-DSA-44' });
    if (!made.ok) throw new Error(made.error.message);
    const der = (pem: string) => Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ''), 'base64');
    // SEQUENCE { SEQUENCE { OID 2.16.840.1.101.3.4.3.17 }, BIT STRING (1312 bytes) }
    expect(der(made.bundle.spkiPem!).subarray(0, 22).toString('hex')).toBe('30820532300b06096086480165030403110382052100');
    // SEQUENCE { INTEGER 0, SEQUENCE { OID …17 }, OCTET STRING { [0] 32-byte seed } }
    expect(der(made.bundle.pkcs8Pem!).subarray(0, 22).toString('hex')).toBe('3034020100300b060960864801650304031104228020');
    const signed = await sign({ header: '{"alg":"ML-DSA-44"}', payload: '{"sub":"u1"}', key: made.bundle.pkcs8Pem! });
    if (!signed.ok) throw new Error(signed.error.message);
    expect(signed.key?.thumbprint).toBe(made.bundle.thumbprint);
    const report = await run(signed.token, { key: made.bundle.spkiPem! });
    expect(report.signature.status).toBe('valid');
    expect(report.keys.candidates[0]).toMatchObject({ kty: 'AKP', alg: 'ML-DSA-44', thumbprint: made.bundle.thumbprint });
    // The SPKI of a 44 key names its level: it does not serve an ML-DSA-65 token.
    expect((await run(example(65).jws, { key: made.bundle.spkiPem! })).signature.status).toBe('key-mismatch');
    // A PKCS#8 private key pasted to verify: its public key is not in it; it is refused, not guessed.
    const fromPrivate = await run(signed.token, { key: made.bundle.pkcs8Pem! });
    expect(fromPrivate.signature.status).toBe('no-key');
    expect(fromPrivate.keys.error).toBeTruthy();
  });
});
