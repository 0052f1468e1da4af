// The algorithm table (issue 11, "Room to grow"): its facts checked against the RFCs (lists kept
// here on purpose, independent of src/) and against Node's crypto, and every reader asked
// through inspect(): what the table calls verifiable verifies, JWE names are known as such.
import { createHmac, generateKeyPairSync, sign as nodeSign, constants, type KeyObject } from 'node:crypto';
import { ml_dsa44, ml_dsa65, ml_dsa87 } from '@noble/post-quantum/ml-dsa.js';
import { describe, expect, it } from 'vitest';
import {
  algorithms,
  closestAlgorithm,
  contentEncryptionAlgorithms,
  curves,
  jwsAlgorithmOf,
  keyManagementAlgorithms,
  verifiableAlgorithms,
  type AlgorithmInfo,
} from '../../../src/core/algorithms';
import { jwkFromSpki } from '../../../src/core/keys/spki';
import { b64url, compact, hits, run, severityOf } from '../helpers/mint';
import { jwe } from './rules/fijk-cases';

/** RFC 7518 §3.1, RFC 8037, RFC 8812, RFC 9864, RFC 9964: [hash bits, curve(s)] per name. */
const JWS: Record<string, [number | null, string[] | null]> = {
  HS256: [256, null], HS384: [384, null], HS512: [512, null],
  RS256: [256, null], RS384: [384, null], RS512: [512, null],
  PS256: [256, null], PS384: [384, null], PS512: [512, null],
  ES256: [256, ['P-256']], ES384: [384, ['P-384']], ES512: [512, ['P-521']], ES256K: [256, ['secp256k1']],
  EdDSA: [null, ['Ed25519', 'Ed448']], Ed25519: [null, ['Ed25519']], Ed448: [null, ['Ed448']],
  none: [null, null], 'ML-DSA-44': [null, null], 'ML-DSA-65': [null, null], 'ML-DSA-87': [null, null],
};
/** RFC 7518 §4.1 and §5.1: JWE key management and content encryption. */
const PUBLIC_KEY_JWE = ['RSA1_5', 'RSA-OAEP', 'RSA-OAEP-256', 'RSA-OAEP-384', 'RSA-OAEP-512', 'ECDH-ES', 'ECDH-ES+A128KW', 'ECDH-ES+A192KW', 'ECDH-ES+A256KW'];
const SHARED_KEY_JWE = ['A128KW', 'A192KW', 'A256KW', 'dir', 'A128GCMKW', 'A192GCMKW', 'A256GCMKW', 'PBES2-HS256+A128KW', 'PBES2-HS384+A192KW', 'PBES2-HS512+A256KW'];
/** enc: [key, IV, tag] bytes (RFC 7518 §5.2.3-§5.2.5, §5.3). */
const ENC: Record<string, [number, number, number]> = {
  A128GCM: [16, 12, 16], A192GCM: [24, 12, 16], A256GCM: [32, 12, 16],
  'A128CBC-HS256': [32, 16, 16], 'A192CBC-HS384': [48, 16, 24], 'A256CBC-HS512': [64, 16, 32],
};

const pairs = new Map<string, { privateKey: KeyObject; publicKey: KeyObject }>();
function pair(curve: string | null): { privateKey: KeyObject; publicKey: KeyObject } {
  const kind = curve ?? 'rsa';
  if (!pairs.has(kind)) {
    if (kind === 'rsa') pairs.set(kind, generateKeyPairSync('rsa', { modulusLength: 2048 }));
    else if (kind.startsWith('P-') || kind === 'secp256k1') pairs.set(kind, generateKeyPairSync('ec', { namedCurve: kind }));
    else pairs.set(kind, generateKeyPairSync(kind.toLowerCase() as 'ed25519'));
  }
  return pairs.get(kind)!;
}

/** A token for `alg` signed by Node's crypto (on `curve` for EdDSA), and the key that verifies it. */
function nodeToken(alg: string, curve: string | null): { token: string; key: string } {
  const [bits] = JWS[alg]!;
  const input = `${b64url(JSON.stringify({ alg }))}.${b64url('{"sub":"u1"}')}`;
  const hash = bits ? `sha${bits}` : null;
  if (alg.startsWith('HS')) return { token: `${input}.${b64url(createHmac(hash!, 'k').update(input).digest())}`, key: 'k' };
  // Node 20's crypto has no ML-DSA: the library that FIPS 204 keys come from here signs it.
  const dsa = ({ 'ML-DSA-44': ml_dsa44, 'ML-DSA-65': ml_dsa65, 'ML-DSA-87': ml_dsa87 } as const)[alg as 'ML-DSA-44'];
  if (dsa) {
    const { publicKey, secretKey } = dsa.keygen();
    const signature = dsa.sign(new TextEncoder().encode(input), secretKey);
    return { token: `${input}.${b64url(signature)}`, key: JSON.stringify({ kty: 'AKP', alg, pub: b64url(publicKey) }) };
  }
  const { privateKey, publicKey } = pair(curve);
  const options = alg.startsWith('PS')
    ? { key: privateKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: bits! / 8 }
    : { key: privateKey, dsaEncoding: 'ieee-p1363' as const };
  const signature = nodeSign(hash, Buffer.from(input), options);
  return { token: `${input}.${b64url(signature)}`, key: JSON.stringify(publicKey.export({ format: 'jwk' })) };
}

const curvesToTry = (info: AlgorithmInfo) => JWS[info.alg]![1] ?? [null];

describe('algorithm table', () => {
  it('issue 11: lists every registered JWS, JWE alg and enc name once, and nothing else', () => {
    const names = [...algorithms.map((a) => a.alg), ...keyManagementAlgorithms.map((a) => a.alg), ...contentEncryptionAlgorithms.map((a) => a.enc)];
    expect(new Set(names).size).toBe(names.length);
    expect(algorithms.map((a) => a.alg).sort()).toEqual(Object.keys(JWS).sort());
    expect(keyManagementAlgorithms.map((a) => a.alg).sort()).toEqual([...PUBLIC_KEY_JWE, ...SHARED_KEY_JWE].sort());
    expect(contentEncryptionAlgorithms.map((a) => a.enc).sort()).toEqual(Object.keys(ENC).sort());
    expect(new Set(curves.map((c) => c.crv)).size).toBe(curves.length);
  });

  it('issue 11: JWS hashes and curves are the registered ones; ML-DSA is verifiable (issue 12)', () => {
    for (const info of algorithms) {
      const [bits, crvs] = JWS[info.alg]!;
      expect(info.hash ?? null, info.alg).toBe(bits ? `SHA-${bits}` : null);
      expect(info.curves ?? null, info.alg).toEqual(crvs);
    }
    expect(verifiableAlgorithms).not.toContain('none');
    for (const level of [44, 65, 87]) expect(jwsAlgorithmOf(`ML-DSA-${level}`)).toMatchObject({ kty: 'AKP', can: { verify: true, sign: true } });
  });

  it.each(verifiableAlgorithms)('issue 11: %s, which the table calls verifiable, verifies as valid', async (alg) => {
    for (const curve of curvesToTry(jwsAlgorithmOf(alg)!)) {
      const { token, key } = nodeToken(alg, curve);
      const report = await run(token, { key, secretEncoding: 'utf8' });
      expect(report.signature.status, `${alg} ${curve ?? ''}`).toBe('valid');
    }
  });

  it('issue 11: each WebCrypto parameter set signs what verification accepts', async () => {
    for (const info of algorithms.filter((a) => a.webCrypto && a.can.sign)) {
      const { importParams, signParams, usages } = info.webCrypto!;
      const curve = info.family === 'EdDSA' ? 'Ed25519' : (info.curves?.[0] ?? null);
      const secret = info.family === 'HMAC';
      const key = secret
        ? await crypto.subtle.importKey('raw', Buffer.from('k'), importParams, false, usages.sign)
        : await crypto.subtle.importKey('pkcs8', pair(curve).privateKey.export({ type: 'pkcs8', format: 'der' }), importParams, false, usages.sign);
      const input = `${b64url(JSON.stringify({ alg: info.alg }))}.${b64url('{}')}`;
      const signature = new Uint8Array(await crypto.subtle.sign(signParams, key, Buffer.from(input)));
      const keyText = secret ? 'k' : JSON.stringify(pair(curve).publicKey.export({ format: 'jwk' }));
      const report = await run(`${input}.${b64url(signature)}`, { key: keyText, secretEncoding: 'utf8' });
      expect(report.signature.status, info.alg).toBe('valid');
    }
  });

  it('issue 12: an ML-DSA token is checked like any alg (a secret cannot verify it) and alg-unknown stays silent', async () => {
    const report = await run(`${b64url('{"alg":"ML-DSA-44"}')}.${b64url('{}')}.AAAA`, { key: 'k' });
    expect(report.signature.status).toBe('key-mismatch');
    expect(severityOf(report, 'alg-unknown')).toBeUndefined();
  });

  it('issue 11: the "did you mean" hint knows Ed25519 and Ed448', async () => {
    expect(closestAlgorithm('ed448 ')?.alg).toBe('Ed448');
    expect(closestAlgorithm('ED25519')?.alg).toBe('Ed25519');
    const report = await run(`${b64url('{"alg":"ed448"}')}.${b64url('{}')}.AAAA`, { key: 'k' });
    expect(report.signature.status).toBe('unsupported');
    expect(report.signature.reason).toContain('Ed448');
  });

  it.each([...PUBLIC_KEY_JWE, ...SHARED_KEY_JWE])('issue 11: JWE alg %s is known to alg-unknown and jwe-not-authenticated', async (alg) => {
    expect(severityOf(await run(`${b64url(JSON.stringify({ alg }))}.${b64url('{}')}.AAAA`), 'alg-unknown')).toBe('warning');
    const report = await run(jwe({ alg, enc: 'A256GCM' }, 'AAAAAAAA'));
    expect(hits(report, 'jwe-not-authenticated').length).toBe(PUBLIC_KEY_JWE.includes(alg) ? 1 : 0);
  });

  it('issue 11: JWE sizes are RFC 7518\'s and what Chromium lacks is named', () => {
    for (const e of contentEncryptionAlgorithms) {
      expect([e.keyBytes, e.ivBytes, e.tagBytes], e.enc).toEqual(ENC[e.enc]);
      expect(e.authenticated).toBe(true);
    }
    const all = [...keyManagementAlgorithms.map((a) => [a.alg, a] as const), ...contentEncryptionAlgorithms.map((e) => [e.enc, e] as const)];
    for (const [name, info] of all) {
      const expected = name === 'RSA1_5' ? 'RSAES-PKCS1-v1_5' : /192/.test(name) ? 'AES-192' : undefined;
      expect(info.missing, name).toBe(expected);
      expect(info.missing !== undefined && info.webCrypto !== undefined, name).toBe(false);
    }
    for (const a of keyManagementAlgorithms) expect(a.asymmetric, a.alg).toBe(PUBLIC_KEY_JWE.includes(a.alg));
    expect(keyManagementAlgorithms.filter((a) => a.deprecated).map((a) => a.alg)).toEqual(['RSA1_5']);
  });

  it('issue 11: curve OIDs, coordinate and signature sizes agree with Node\'s crypto', () => {
    for (const c of curves) {
      const { publicKey, privateKey } = c.kty === 'EC' ? generateKeyPairSync('ec', { namedCurve: c.crv }) : generateKeyPairSync(c.crv.toLowerCase() as 'x25519');
      const spki = new Uint8Array(publicKey.export({ type: 'spki', format: 'der' }));
      expect(jwkFromSpki(spki).crv, c.crv).toBe(c.crv);
      expect(Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url').length, c.crv).toBe(c.coordinateBytes);
      if (c.sign) {
        const hash = c.sign === 'ECDSA' ? 'sha256' : null;
        expect(nodeSign(hash, Buffer.from('m'), { key: privateKey, dsaEncoding: 'ieee-p1363' }).length, c.crv).toBe(c.signatureLength);
      }
    }
  });
});

describe('issue 11: one isNoneAlg', () => {
  it.each(['none', 'None', 'NONE', ' none', 'none\u0000'])('%j is an unsecured token for parsing and verification alike', async (alg) => {
    const report = await run(compact({ alg }, { sub: 'u' }), { key: 'any secret' });
    expect(report.kind).toBe('unsecured');
    expect(report.signature.status).toBe('unsecured');
  });
});
