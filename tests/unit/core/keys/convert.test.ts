// Issue 12 ("Write tokens too"), first step: convertKey reads any key text the Key box reads and
// gives the same bundle as generateKey does: OpenSSL-written keys (made here with `openssl` and
// `ssh-keygen`, skipped when missing) come out as the public JWK Node's crypto reads from them,
// private keys keep their private part, and numbers are canonical. RFC 7517/7638 examples from
// tests/vectors/rfc (their source and licence are in that file).
import { execFileSync } from 'node:child_process';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { convertKey, inspect } from '../../../../src/core/index';
import type { KeyBundle, SecretEncoding } from '../../../../src/core/report';
import { expectBundleWorks, members } from './bundle-checks';

const rfc = JSON.parse(readFileSync(new URL('../../../vectors/rfc/rfc7517_rfc7638_jwk_examples.json', import.meta.url), 'utf8')) as {
  tests: { id: string; value: { keys?: Record<string, string>[] } & Record<string, unknown>; thumbprintSha256?: string }[];
};
const vector = (id: string) => rfc.tests.find((t) => t.id === id)!;

function has(tool: string): boolean {
  try {
    execFileSync(tool, ['-help'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    return (error as { code?: string }).code !== 'ENOENT';
  }
}
const OPENSSL = has('openssl');
const SSH_KEYGEN = has('ssh-keygen');
if (!OPENSSL) console.warn('issue 12 convertKey tests: openssl is missing, the OpenSSL-written keys are skipped');
if (!SSH_KEYGEN) console.warn('issue 12 convertKey tests: ssh-keygen is missing, the OpenSSH line is skipped');

const dir = mkdtempSync(join(tmpdir(), 'convert-key-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Private keys as OpenSSL writes them: [name, PEM label, openssl arguments]. */
const PRIVATE: [string, string, string[]][] = [
  ['RSA PKCS#8', 'PRIVATE KEY', ['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048']],
  ['RSA PKCS#1', 'RSA PRIVATE KEY', ['genrsa', '-traditional', '2048']],
  ['P-256 SEC1', 'EC PRIVATE KEY', ['ecparam', '-name', 'prime256v1', '-genkey', '-noout']],
  ['P-384 PKCS#8', 'PRIVATE KEY', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-384']],
  ['P-521 SEC1', 'EC PRIVATE KEY', ['ecparam', '-name', 'secp521r1', '-genkey', '-noout']],
  ['secp256k1 SEC1 with parameters', 'EC PRIVATE KEY', ['ecparam', '-name', 'secp256k1', '-genkey']],
  ['Ed25519 PKCS#8', 'PRIVATE KEY', ['genpkey', '-algorithm', 'ed25519']],
  ['Ed448 PKCS#8', 'PRIVATE KEY', ['genpkey', '-algorithm', 'ed448']],
];

async function converted(text: string, encoding?: SecretEncoding): Promise<KeyBundle> {
  const result = await convertKey(text, encoding);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.bundle;
}

describe.skipIf(!OPENSSL)('convertKey on keys OpenSSL wrote', () => {
  it.each(PRIVATE)('issue 12: %s gives Node’s public and private JWK, and working PEMs', async (_name, label, args) => {
    const pem = openssl(...args);
    expect(pem).toContain(`-----BEGIN ${label}-----`);
    const bundle = await converted(pem);
    expect(bundle.origin).toBe('converted');
    expect(members(bundle.publicJwk)).toEqual(createPublicKey(pem).export({ format: 'jwk' }));
    expect(members(bundle.privateJwk)).toEqual(createPrivateKey(pem).export({ format: 'jwk' }));
    await expectBundleWorks(bundle);
  }, 60_000);

  it.each([
    ['SPKI', ['pkey', '-pubout']],
    ['PKCS#1 RSA public key', ['rsa', '-RSAPublicKey_out']],
    ['X.509 certificate', ['req', '-x509', '-new', '-subj', '/CN=issue 12', '-days', '1']],
  ])('issue 12: an RSA %s gives Node’s public JWK and no private part', async (_name, args) => {
    openssl('genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', 'rsa.pem');
    const text = openssl(...args, ...(args[0] === 'req' ? ['-key'] : ['-in']), 'rsa.pem');
    const bundle = await converted(text);
    const reference = createPublicKey(createPrivateKey(readFileSync(join(dir, 'rsa.pem'))));
    expect(members(bundle.publicJwk)).toEqual(reference.export({ format: 'jwk' }));
    expect(bundle.privateJwk).toBeUndefined();
    expect(bundle.pkcs8Pem).toBeUndefined();
    expect(createPublicKey(bundle.spkiPem!).export({ format: 'jwk' })).toEqual(reference.export({ format: 'jwk' }));
  }, 60_000);
});

describe.skipIf(!SSH_KEYGEN)('convertKey on an OpenSSH public key line', () => {
  it.each([
    ['ecdsa', '256'],
    ['ecdsa', '521'],
    ['rsa', '2048'],
  ])('issue 12: an OpenSSH %s-%s public key line gives the public JWK of the key ssh-keygen made', async (type, bits) => {
    const file = join(dir, `id-${type}-${bits}`);
    execFileSync('ssh-keygen', ['-q', '-t', type, '-b', bits, '-N', '', '-C', 'issue12', '-f', file]);
    const line = readFileSync(`${file}.pub`, 'utf8');
    const pkcs8 = execFileSync('ssh-keygen', ['-e', '-m', 'PKCS8', '-f', `${file}.pub`], { encoding: 'utf8' });
    const bundle = await converted(line);
    expect(members(bundle.publicJwk)).toEqual(createPublicKey(pkcs8).export({ format: 'jwk' }));
    expect(bundle.privateJwk).toBeUndefined();
  }, 60_000);
});

describe('convertKey on JWKs and secrets', () => {
  it('issue 12: RFC 7638’s example key has RFC 7638’s thumbprint, which is also its kid here', async () => {
    const { value, thumbprintSha256 } = vector('rfc7638-3.1');
    const bundle = await converted(JSON.stringify(value));
    expect(bundle.thumbprint).toBe(thumbprintSha256);
    expect(bundle.publicJwk).toMatchObject({ kid: value.kid ?? thumbprintSha256 });
  });

  it('issue 12: RFC 7517 A.2’s private keys keep their private members, their own kid and use, and write PKCS#8', async () => {
    const [ec, rsa] = vector('rfc7517-A.2').value.keys!;
    for (const key of [ec!, rsa!]) {
      const bundle = await converted(JSON.stringify(key));
      expect(bundle.privateJwk).toEqual(key);
      expect(members(bundle.privateJwk)).toEqual(createPrivateKey(bundle.pkcs8Pem!).export({ format: 'jwk' }));
      expect(bundle.publicJwk).not.toHaveProperty('d');
    }
  });

  it('issue 12: an RSA private JWK without its primes keeps d but writes no PKCS#8, and says so', async () => {
    const { p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...rsa } = vector('rfc7517-A.2').value.keys![1]!;
    const bundle = await converted(JSON.stringify(rsa));
    expect(bundle.privateJwk).toEqual(rsa);
    expect(bundle.pkcs8Pem).toBeUndefined();
    expect(bundle.spkiPem).toBeDefined();
    expect(bundle.notes.length).toBe(1);
  });

  it.each(['EC', 'RSA'])('issue 12: a %s private JWK whose private part is another key’s is refused', async (kty) => {
    const [ec, rsa] = vector('rfc7517-A.2').value.keys!;
    const key = kty === 'EC' ? { ...ec, d: rsa!.d!.slice(0, 43) } : { ...rsa, p: rsa!.q, q: rsa!.dp };
    const result = await convertKey(JSON.stringify(key));
    expect(result).toMatchObject({ ok: false, error: { code: 'unreadable-key' } });
  });

  it('issue 12: a JWK Set gives its first key, and says there were more', async () => {
    const set = vector('rfc7517-A.1').value;
    const bundle = await converted(JSON.stringify(set));
    expect(bundle.key).toMatchObject({ kty: 'EC', crv: 'P-256', kid: '1' });
    expect(bundle.privateJwk).toBeUndefined();
    expect(bundle.notes.length).toBe(1);
  });

  it('issue 12: non-canonical JWK numbers come out canonical (RSA leading zero dropped, EC x at full length)', async () => {
    const [ec, rsa] = vector('rfc7517-A.1').value.keys!;
    const zeroN = Buffer.concat([Buffer.from([0]), Buffer.from(rsa!.n!, 'base64url')]).toString('base64url');
    const padded = await converted(JSON.stringify({ ...rsa, n: zeroN }));
    expect(padded.publicJwk).toMatchObject({ n: rsa!.n });
    const x = Buffer.from(ec!.x!, 'base64url');
    const bundle = await converted(JSON.stringify({ ...ec, x: Buffer.concat([Buffer.from([0]), x]).toString('base64url') }));
    expect(bundle.publicJwk).toMatchObject({ x: ec!.x });
    const direct = await converted(JSON.stringify(ec));
    expect(bundle.thumbprint).toBe(direct.thumbprint);
  });

  it.each<[string, SecretEncoding, string, string]>([
    ['your-256-bit-secret', 'auto', 'utf8', Buffer.from('your-256-bit-secret').toString('base64url')],
    ['00ff10', 'hex', 'hex', Buffer.from([0, 255, 16]).toString('base64url')],
    ['c2VjcmV0', 'base64', 'base64', Buffer.from('secret').toString('base64url')],
  ])('issue 12: the secret %j read as %s gives an oct JWK of its bytes', async (text, encoding, used, k) => {
    const bundle = await converted(text, encoding);
    expect(bundle.secretEncoding).toBe(used);
    expect(bundle.privateJwk).toMatchObject({ kty: 'oct', k });
    expect(bundle.publicJwk).toBeUndefined();
    expect(bundle.key).toMatchObject({ kty: 'oct', bits: Buffer.from(k, 'base64url').length * 8 });
  });

  it.each([
    ['a JWK of an unknown type', '{"kty":"XYZ"}'],
    ['an encrypted private key', '-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIBvTBXBgkqhkiG9w0BBQ0wSjApBgkqhkiG9w0BBQwwHAQI\n-----END ENCRYPTED PRIVATE KEY-----\n'],
    ['broken JSON', '{"kty": "RSA", '],
    ['a secret not valid as hex', 'xyz'],
  ])('issue 12: %s is an unreadable-key error with the key reader’s sentence', async (_name, text) => {
    const encoding: SecretEncoding = text === 'xyz' ? 'hex' : 'auto';
    const result = await convertKey(text, encoding);
    const report = await inspect({ token: 'x', key: text, secretEncoding: encoding, now: 0 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('unreadable-key');
      expect(result.error.message).toBe(report.keys.error);
      if (report.keys.errorAt) expect(result.error.at).toEqual({ part: 'key', ...report.keys.errorAt });
    }
  });

  it('issue 12: empty key text is a no-key error', async () => {
    const result = await convertKey('  \n');
    expect(result).toMatchObject({ ok: false, error: { code: 'no-key' } });
  });
});
