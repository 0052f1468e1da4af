// issue 12 acceptance: sign() with keys written by OpenSSL (tests/vectors/keys/openssl-signing.json,
// made by scripts/gen-sign-vectors.mjs). Where the algorithm is deterministic (RS*, EdDSA,
// Ed25519, Ed448, HS*) the token's signature is byte for byte the one OpenSSL made over the same
// signing input; otherwise (PS*, ES*) Node's crypto verifies it with the SPKI OpenSSL wrote. Every
// token verifies in inspect() with that SPKI (or the same secret).
import { readFileSync } from 'node:fs';
import { constants, createPublicKey, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inspect, sign } from '../../../../src/core/index';
import type { SecretEncoding } from '../../../../src/core/report';

interface OpensslKey { name: string; algs: string[]; private: string; spki: string; signatures: Record<string, string> }
interface OpensslSecret { name: string; encoding: SecretEncoding; secret: string; signatures: Record<string, string> }
const vectors = JSON.parse(readFileSync('tests/vectors/keys/openssl-signing.json', 'utf8')) as {
  payload: string;
  keys: OpensslKey[];
  secrets: OpensslSecret[];
};
const NOW = 1_767_225_700; // inside the vectors' iat..exp
const header = (alg: string) => `{"alg":"${alg}","typ":"JWT"}`;

async function signed(alg: string, key: string, secretEncoding?: SecretEncoding) {
  const result = await sign({ header: header(alg), payload: vectors.payload, key, now: NOW, ...(secretEncoding ? { secretEncoding } : {}) });
  if (!result.ok) throw new Error(`${alg}: ${result.error.code} ${result.error.message}`);
  const [h, p, s] = result.token.split('.');
  return { token: result.token, data: Buffer.from(`${h}.${p}`), signature: s! };
}

/** Node's verdict, for the randomized signatures (PS*: salt = hash length; ES*: r || s). */
function nodeVerifies(alg: string, spki: string, data: Buffer, signature: string): boolean {
  const key = createPublicKey(spki);
  const sig = Buffer.from(signature, 'base64url');
  const hash = alg === 'ES256K' ? 'sha256' : `sha${alg.slice(-3)}`;
  if (alg.startsWith('PS')) return verify(hash, data, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: Number(alg.slice(-3)) / 8 }, sig);
  return verify(hash, data, { key, dsaEncoding: 'ieee-p1363' }, sig);
}

const keyCases = vectors.keys.flatMap((k) => k.algs.map((alg) => [k.name, alg, k] as const));

describe('sign() with keys written by OpenSSL', () => {
  it('issue 12: the vectors hold every asymmetric JWS alg and both OpenSSL secret encodings', () => {
    const algs = new Set(vectors.keys.flatMap((k) => k.algs));
    for (const alg of ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'ES256K', 'EdDSA', 'Ed25519', 'Ed448']) expect(algs).toContain(alg);
    expect(vectors.secrets.map((s) => s.encoding).sort()).toEqual(['base64', 'hex']);
    // `openssl rand -base64 64` wraps at 64 characters: the line break is wrapping, not secret.
    expect(vectors.secrets.find((s) => s.encoding === 'base64')!.secret).toContain('\n');
  });

  it.each(keyCases)('issue 12: %s signs %s as OpenSSL does, and inspect() verifies it with the SPKI', async (_name, alg, key) => {
    const { token, data, signature } = await signed(alg, key.private);
    const expected = key.signatures[alg];
    if (expected !== undefined) expect(signature).toBe(expected);
    else expect(nodeVerifies(alg, key.spki, data, signature)).toBe(true);
    expect((await inspect({ token, key: key.spki, now: NOW })).signature.status).toBe('valid');
  });

  it.each(vectors.secrets.map((s) => [s.name, s] as const))('issue 12: the %s secret from openssl rand signs HS256/384/512 as OpenSSL\'s HMAC', async (_name, secret) => {
    for (const alg of ['HS256', 'HS384', 'HS512']) {
      const { token, signature } = await signed(alg, secret.secret, secret.encoding);
      expect({ alg, signature }).toEqual({ alg, signature: secret.signatures[alg] });
      expect((await inspect({ token, key: secret.secret, secretEncoding: secret.encoding, now: NOW })).signature.status).toBe('valid');
    }
  });
});
