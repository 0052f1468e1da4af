// Issue 16: EC keys whose curve is written out in full ("explicit parameters", as
// `openssl ec -param_enc explicit` and node-jsonwebtoken's test keys have it) are read when the
// parameters are exactly P-256, P-384, P-521 or secp256k1, and flagged; other parameters are
// explained in words. Vectors: tests/vectors/keys (see the README there).
import { createPublicKey, sign as nodeSign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseKeys } from '../../../../src/core/keys/index';
import { b64url, run } from '../../helpers/mint';

const here = (path: string) => readFileSync(new URL(`../../../vectors/keys/${path}`, import.meta.url), 'utf8');
type Pems = { curve: string; spki: string; sec1: string; pkcs8: string };
const generated = JSON.parse(here('generated.json')) as { explicitEc: (Pems & { alg: string; token: string })[]; customCurve: Pems };
const CRV: Record<string, string> = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521', secp256k1: 'secp256k1' };
const FORMS = ['spki', 'sec1', 'pkcs8'] as const;
const der = (pem: string) => Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ''), 'base64');
const pem = (label: string, bytes: Buffer) => `-----BEGIN ${label}-----\n${bytes.toString('base64')}\n-----END ${label}-----\n`;

describe('issue 16: EC keys with explicit curve parameters', () => {
  const cases = generated.explicitEc.flatMap((e) => FORMS.map((form) => [`${CRV[e.curve]} ${form}`, e, form] as const));
  it.each(cases)('issue 16: an explicit-parameter key verifies and is flagged for RFC 5480 (%s)', async (_name, e, form) => {
    const report = await run(e.token, { key: e[form] });
    expect(report.keys.kind).toBe(form === 'spki' ? 'pem-spki' : form);
    expect(report.keys.candidates.map((c) => [c.kty, c.crv])).toEqual([['EC', CRV[e.curve]]]);
    expect(report.keys.candidates[0]!.problems.map((p) => p.code)).toContain('ec-explicit-parameters');
    expect(report.signature.status).toBe('valid');
  });

  it('issue 16: the same key with a named curve is not flagged', async () => {
    const e = generated.explicitEc[0]!;
    const named = (await parseKeys(e.sec1, 'auto')).candidates[0]!.jwk!;
    const spki = createPublicKey({ key: named as never, format: 'jwk' }).export({ type: 'spki', format: 'pem' }).toString();
    const report = await run(e.token, { key: spki });
    expect(report.signature.status).toBe('valid');
    expect(report.keys.candidates[0]!.problems).toEqual([]);
  });

  it("issue 16: node-jsonwebtoken's explicit-parameter test keys (private with EC PARAMETERS, public, certificate)", async () => {
    const file = (name: string) => here(`node-jsonwebtoken/${name}.pem`);
    const input = `${b64url(JSON.stringify({ alg: 'ES256' }))}.${b64url(JSON.stringify({ sub: 'node-jsonwebtoken' }))}`;
    const sig = nodeSign('sha256', Buffer.from(input), { key: file('ecdsa-private'), dsaEncoding: 'ieee-p1363' });
    const token = `${input}.${b64url(sig)}`;
    for (const [name, kind] of [['ecdsa-private', 'sec1'], ['ecdsa-public', 'pem-spki'], ['ecdsa-public-x509', 'x509']]) {
      const report = await run(token, { key: file(name!) });
      expect([name, report.keys.kind, report.keys.setIssues, report.signature.status]).toEqual([name, kind, [], 'valid']);
      expect(report.keys.candidates[0]!.problems.map((p) => p.code)).toContain('ec-explicit-parameters');
    }
    const other = await run(token, { key: file('ecdsa-public-invalid') });
    expect(other.signature.status).toBe('invalid');
  });

  it.each(FORMS)('issue 16: custom curve parameters are an EC key explained in words, never a raw tag error (%s)', async (form) => {
    const report = await run(generated.explicitEc[0]!.token, { key: generated.customCurve[form] });
    expect(report.keys.kind).toBe('unrecognised');
    expect(report.keys.unusable).toBe(true);
    // A key was given; it cannot do ES256 (issue 16: never "no key" for a key JWS cannot use).
    expect(report.signature.status).toBe('key-mismatch');
    expect(report.findings.map((f) => f.rule)).toContain('key-alg-mismatch');
    expect(report.keys.error).toContain('openssl ec -param_enc named_curve');
    expect(report.keys.error).not.toMatch(/tag 0x/);
  });

  // Each parameter is compared: change one and the curve is no longer P-256.
  const p256 = der(generated.explicitEc[0]!.spki);
  it.each([
    ['prime p', '022100ffffffff00000001', 3],
    ['coefficient a', '0420ffffffff00000001', 2],
    ['coefficient b', '04205ac635d8', 2],
    ['generator G', '0441046b17d1', 3],
    ['order n', '022100ffffffff00000000', 3],
    ['cofactor h', '0201010342', 2],
  ])('issue 16: explicit parameters that differ from P-256 in the %s are not taken for P-256', async (_name, needle, offset) => {
    const at = p256.indexOf(Buffer.from(needle, 'hex'));
    expect(at).toBeGreaterThan(0);
    const changed = Buffer.from(p256);
    changed[at + offset]! ^= 1;
    const parse = await parseKeys(pem('PUBLIC KEY', changed), 'auto');
    expect(parse.kind).toBe('unrecognised');
    expect(parse.error).toContain('openssl ec -param_enc named_curve');
  });

  it('issue 16: an EC PARAMETERS block alone says it holds no key', async () => {
    const alone = here('node-jsonwebtoken/ecdsa-private.pem').split('-----BEGIN EC PRIVATE KEY-----')[0]!;
    const parse = await parseKeys(alone, 'auto');
    expect(parse.kind).toBe('unrecognised');
    expect(parse.errorAt).toEqual({ from: 0, to: alone.trimEnd().length });
  });
});
