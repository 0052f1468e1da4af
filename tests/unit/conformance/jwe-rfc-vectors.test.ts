// RFC 7516 Appendix A and RFC 7520 §5 and §6: every JWE example decrypts to its plaintext with
// its key (issue 13), in every serialization the vector gives; RSA1_5 is `unsupported` (design.md
// "Contract decisions": the browser never decrypts it). Vectors: tests/vectors (README).
import { describe, expect, it } from 'vitest';
import { check, readVectors } from './vectors';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { VECTORS } from './vectors';

interface Rfc7516 { examples: { section: string; alg: string; key: object; compact: string; plaintext: string }[] }
interface Rfc7520 {
  title: string;
  input: { plaintext: string; key?: object | object[]; pwd?: string; alg: string | string[] };
  output: Record<string, string | object>;
}

describe('RFC 7516 Appendix A', () => {
  for (const e of readVectors<Rfc7516>('rfc/rfc7516_appendix_a.json').examples) {
    it(`issue 13: RFC 7516 ${e.section} (${e.alg}) ${e.alg === 'RSA1_5' ? 'is unsupported' : 'decrypts to its plaintext'}`, async () => {
      const report = await check(e.compact, e.key);
      expect(report.signature.status).toBe('encrypted');
      if (e.alg === 'RSA1_5') {
        expect(report.decryption?.status).toBe('unsupported');
        expect(report.findings.map((f) => f.rule)).toContain('jwe-decrypt-skipped');
        return;
      }
      expect(report.decryption).toMatchObject({ status: 'decrypted', alg: e.alg });
      expect(report.payload?.text).toBe(e.plaintext);
    });
  }
});

describe('RFC 7520 §5', () => {
  const dir = resolve(VECTORS, 'rfc7520/jwe');
  for (const file of readdirSync(dir)) {
    const v = readVectors<Rfc7520>(`rfc7520/jwe/${file}`);
    const key = v.input.pwd ?? (Array.isArray(v.input.key) ? { keys: v.input.key } : v.input.key);
    const onlyRsa15 = v.input.alg === 'RSA1_5';
    for (const [form, token] of Object.entries(v.output)) {
      it(`issue 13: RFC 7520 ${v.title} (${form}) ${onlyRsa15 ? 'is unsupported' : 'decrypts to its plaintext'}`, async () => {
        const report = await check(token as string | object, key);
        if (onlyRsa15) {
          expect(report.decryption?.status).toBe('unsupported');
          return;
        }
        expect(report.decryption?.status).toBe('decrypted');
        expect(report.payload?.text).toBe(v.input.plaintext);
      });
    }
  }
});

describe('RFC 7520 §6 (nested: signed, then encrypted)', () => {
  const v = readVectors<{ sign: Rfc7520; encrypt: Rfc7520 }>('rfc7520/6.nesting_signatures_and_encryption.json');
  const signer = v.sign.input.key as Record<string, string>;
  const signerPublic = { kty: signer.kty, kid: signer.kid, use: signer.use, n: signer.n, e: signer.e };
  const keys = { keys: [v.encrypt.input.key, signerPublic] };
  it('issue 13: a nested JWE with a JWK Set of the recipient and signer keys is decrypted and its signature valid', async () => {
    const report = await check(v.encrypt.output.compact as string, keys);
    expect(report.decryption?.status).toBe('decrypted');
    expect(report.signature.status).toBe('encrypted');
    expect(report.nested[0]?.path).toEqual(['jwe']);
    expect(report.nested[0]?.report.signature.status).toBe('valid');
    expect(report.summary).toMatchObject({ status: 'valid', trusted: true });
  });
  it('issue 13: the decrypting key is marked, without the signing remarks, and the time verdict is the inner token\'s', async () => {
    const report = await check(v.encrypt.output.compact as string, keys);
    const recipient = report.keys.candidates.find((c) => c.kid === 'samwise.gamgee@hobbiton.example');
    expect(recipient?.decrypted).toBe(true);
    expect(recipient?.problems.map((p) => p.code)).not.toContain('private-key-given');
    expect(report.keys.candidates.find((c) => c.kid === 'hobbiton.example')?.decrypted).toBeUndefined();
    expect(report.time.status).toBe('expired');
  });
  it('issue 13: a set of the decrypting private key and the signer public key is not jwks-mixed-private', async () => {
    const report = await check(v.encrypt.output.compact as string, keys);
    expect(report.findings.map((f) => f.rule)).not.toContain('jwks-mixed-private');
    // Another private key beside them still is.
    const extra = { ...(v.encrypt.input.key as Record<string, string>), kid: 'another' };
    const mixed = await check(v.encrypt.output.compact as string, { keys: [...keys.keys, extra] });
    expect(mixed.findings.map((f) => f.rule)).toContain('jwks-mixed-private');
  });
  it('issue 13: with only the decryption key, the inner signature is not checked (no-key, sig-not-verified)', async () => {
    const report = await check(v.encrypt.output.compact as string, v.encrypt.input.key);
    expect(report.decryption?.status).toBe('decrypted');
    expect(report.nested[0]?.report.signature.status).toBe('no-key');
    expect(report.findings.filter((f) => f.path?.[0] === 'jwe').map((f) => f.rule)).toContain('sig-not-verified');
  });
});
