// Key text detection: kinds, candidate facts, problems, and unreadable text as a value.
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseKeys } from '../../../../src/core/keys/index';
import { hasRocaFingerprint } from '../../../../src/core/crypto/roca';
import { readVectors } from '../../conformance/vectors';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const spkiPem = rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString();

describe('parseKeys', () => {
  it.each([
    ['', 'none'],
    ['   \n', 'none'],
    [spkiPem, 'pem-spki'],
    [JSON.stringify(rsa.publicKey.export({ format: 'jwk' })), 'jwk'],
    [JSON.stringify({ keys: [rsa.publicKey.export({ format: 'jwk' })] }), 'jwks'],
    ['my secret', 'secret'],
  ])('%#: detects %s…', async (text, kind) => {
    expect((await parseKeys(text, 'auto')).kind).toBe(kind);
  });

  it('fills the RSA candidate: bits, exponent, thumbprint, spki, pem', async () => {
    const [c] = (await parseKeys(spkiPem, 'auto')).candidates;
    expect(c).toMatchObject({ kty: 'RSA', bits: 2048, exponent: '65537', hadPrivate: false, pem: spkiPem.trimEnd() });
    expect(c!.thumbprint).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(c!.spki!).equals(rsa.publicKey.export({ type: 'spki', format: 'der' }))).toBe(true);
  });

  it('computes the RFC 7638 §3.1 thumbprint', async () => {
    const { tests } = readVectors<{ tests: { kind: string; value: object; thumbprintSha256?: string }[] }>('rfc/rfc7517_rfc7638_jwk_examples.json');
    const rfc7638 = tests.find((t) => t.thumbprintSha256)!;
    const [c] = (await parseKeys(JSON.stringify(rfc7638.value), 'auto')).candidates;
    expect(c!.thumbprint).toBe(rfc7638.thumbprintSha256);
  });

  it.each([
    ['-----BEGIN PUBLIC KEY-----\nMIIB!IjANBg\n-----END PUBLIC KEY-----', 'pem damaged'],
    ['-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA', 'no END line'],
    ['-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----', 'not DER'],
    ['{"kty":"RSA","n":"abc"}', 'RSA without e'],
    ['{"kty":"EC","crv":"P-256","x":"!!","y":"AA"}', 'bad base64url'],
    ['{"kty":"RSA", ', 'broken JSON'],
    ['{"hello":"world"}', 'JSON that is not a JWK'],
    ['-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----', 'encrypted'],
  ])('unreadable key text is a value with an error: %s (%s)', async (text) => {
    const parse = await parseKeys(text, 'auto');
    expect(parse.kind).toBe('unrecognised');
    expect(parse.candidates).toEqual([]);
    expect(parse.error).toBeTruthy();
  });

  it('points at the damaged PEM line', async () => {
    const text = '-----BEGIN PUBLIC KEY-----\nMIIBIjAN\nMI!BIjAN\n-----END PUBLIC KEY-----';
    const parse = await parseKeys(text, 'auto');
    expect(parse.errorAt?.from).toBe(text.indexOf('!'));
  });

  it('reads every valid encoding of a secret in auto mode, only the chosen one otherwise', async () => {
    const auto = (await parseKeys('deadbeef', 'auto')).candidates[0]!;
    expect(auto.secrets!.map((s) => s.encoding)).toEqual(['utf8', 'base64', 'base64url', 'hex']);
    const hex = (await parseKeys('deadbeef', 'hex')).candidates[0]!;
    expect(hex.secrets!.map((s) => s.encoding)).toEqual(['hex']);
    expect(hex.bits).toBe(32);
    expect(hex.otherReadings!.map((s) => s.encoding)).toContain('utf8');
    expect((await parseKeys('not hex!', 'hex')).kind).toBe('unrecognised');
  });

  it('flags JWK problems: use, key_ops, weak exponent, small modulus, invalid point', async () => {
    const small = generateKeyPairSync('rsa', { modulusLength: 1024, publicExponent: 3 });
    const jwk = { ...small.publicKey.export({ format: 'jwk' }), use: 'enc', key_ops: ['encrypt'] };
    const codes = (await parseKeys(JSON.stringify(jwk), 'auto')).candidates[0]!.problems.map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['use-not-sig', 'key-ops-no-verify', 'rsa-exponent-weak', 'rsa-too-small']));
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'jwk' });
    const offCurve = { ...ec, y: ec.x };
    expect((await parseKeys(JSON.stringify(offCurve), 'auto')).candidates[0]!.problems.map((p) => p.code)).toContain('ec-point-invalid');
    expect((await parseKeys(JSON.stringify(ec), 'auto')).candidates[0]!.problems).toEqual([]);
  });

  it('reports duplicate kids and mixed key types in a JWK Set', async () => {
    const pub = rsa.publicKey.export({ format: 'jwk' });
    const set = { keys: [{ ...pub, kid: 'a' }, { ...pub, kid: 'a' }, { kty: 'oct', k: 'c2VjcmV0', kid: 'b' }] };
    expect((await parseKeys(JSON.stringify(set), 'auto')).setIssues).toHaveLength(2);
  });

  it('never throws on garbage, and returns promptly on a large paste', async () => {
    const garbage = '\u0000{['.repeat(10) + 'x'.repeat(5_000_000);
    const started = performance.now();
    const parse = await parseKeys(garbage, 'auto');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(['secret', 'unrecognised']).toContain(parse.kind);
  });
});

/** The published test, written out: every small prime r, n mod r among the powers of 65537. */
function rocaReference(n: bigint, count: number): boolean {
  const primes: number[] = [];
  for (let c = 2; primes.length < count; c++) if (primes.every((p) => c % p !== 0)) primes.push(c);
  return primes.slice(1).every((r) => {
    const powers = new Set<number>();
    for (let v = 1; !powers.has(v); v = (v * (65537 % r)) % r) powers.add(v);
    return powers.has(Number(n % BigInt(r)));
  });
}

/** A 2048-bit-range modulus built the way Infineon's generator built its primes. */
function rocaStyleModulus(seed: number): bigint {
  const primes: bigint[] = [];
  for (let c = 2n; primes.length < 126; c++) if (primes.every((p) => c % p !== 0n)) primes.push(c);
  const m = primes.reduce((a, b) => a * b, 1n);
  const pow = (e: number) => {
    let out = 1n;
    for (let i = 0; i < e; i++) out = (out * 65537n) % m;
    return out;
  };
  const k = (x: number) => (1n << 180n) + BigInt(x) * 7919n;
  return (k(seed) * m + pow(seed + 3)) * (k(seed + 1) * m + pow(seed + 11));
}

describe('ROCA fingerprint', () => {
  it('fires on moduli with the fingerprint, agreeing with the published test', () => {
    for (let seed = 0; seed < 4; seed++) {
      const n = rocaStyleModulus(seed);
      expect(rocaReference(n, 126)).toBe(true);
      expect(hasRocaFingerprint(n)).toBe(true);
      // One step off the fingerprint leaves at least one subgroup.
      expect(hasRocaFingerprint(n + 2n)).toBe(rocaReference(n + 2n, 126));
    }
  });

  it('agrees with the published test on small odd numbers (39 primes)', () => {
    for (let n = 3n; n < 20_000n; n += 2n) expect(hasRocaFingerprint(n)).toBe(rocaReference(n, 39));
  });


  it('does not fire on freshly generated keys', () => {
    for (let i = 0; i < 3; i++) {
      const { n } = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'jwk' });
      expect(hasRocaFingerprint(BigInt(`0x${Buffer.from(n!, 'base64url').toString('hex')}`))).toBe(false);
    }
  });
});
