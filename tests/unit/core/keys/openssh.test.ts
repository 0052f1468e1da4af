// Issue 16: OpenSSH public keys (~/.ssh/*.pub lines) are public keys, not HMAC secrets. Vectors:
// tests/vectors/keys (ssh-keygen's keys with Node-signed tokens, and PyJWT's CVE-2022-29217
// advisory tokens); see the README there.
import { sign as nodeSign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseKeys } from '../../../../src/core/keys/index';
import type { SecretEncoding } from '../../../../src/core/report';
import { b64url, hits, run } from '../../helpers/mint';

const vectors = (name: string) => JSON.parse(readFileSync(new URL(`../../../vectors/keys/${name}`, import.meta.url), 'utf8'));
const generated = vectors('generated.json') as {
  openssh: { name: string; alg: string; line: string; token: string; forgedWithLine: string }[];
};
const pyjwt = vectors('pyjwt.json') as {
  advisory: { name: string; key: string; genuine: { token: string }; forged: { token: string } }[];
  keys: { file: string; text: string }[];
};
const EXPECTED: Record<string, { kty: string; crv?: string }> = {
  RS256: { kty: 'RSA' },
  ES256: { kty: 'EC', crv: 'P-256' },
  ES384: { kty: 'EC', crv: 'P-384' },
  ES512: { kty: 'EC', crv: 'P-521' },
  EdDSA: { kty: 'OKP', crv: 'Ed25519' },
};

/** An SSH wire string (RFC 4251 §5). */
const sshString = (bytes: Uint8Array | string) => {
  const b = typeof bytes === 'string' ? Buffer.from(bytes) : Buffer.from(bytes);
  const n = Buffer.alloc(4);
  n.writeUInt32BE(b.length);
  return Buffer.concat([n, b]);
};
const line = (type: string, ...fields: (Uint8Array | string)[]) =>
  `${type} ${Buffer.concat([sshString(type), ...fields.map(sshString)]).toString('base64')} someone@host`;

describe('issue 16: OpenSSH public keys', () => {
  it.each(generated.openssh.map((o) => [o.name, o] as const))('issue 16: a genuine token verifies with its ssh-keygen .pub line (%s)', async (_name, o) => {
    const report = await run(o.token, { key: `${o.line}\n` });
    expect(report.keys.kind).toBe('openssh');
    expect(report.keys.candidates).toHaveLength(1);
    expect(report.keys.candidates[0]).toMatchObject({ source: 'openssh', ...EXPECTED[o.alg] });
    // The line itself stays in the core (the alg-confusion check tries it); the Report shows facts.
    expect((await parseKeys(`${o.line}\n`, 'auto')).candidates[0]).toMatchObject({ sshLine: o.line });
    expect(report.keys.candidates[0]!.thumbprint).toMatch(/^[\w-]{43}$/);
    expect(report.signature.status).toBe('valid');
  });

  const encodings: SecretEncoding[] = ['auto', 'utf8', 'base64', 'hex'];
  it.each(generated.openssh.map((o) => [o.name, o] as const))(
    'issue 16: an HS256 token keyed with the .pub line is key-mismatch and a proven alg-confusion-forgery, in every secret encoding (%s)',
    async (_name, o) => {
      for (const secretEncoding of encodings) {
        const report = await run(o.forgedWithLine, { key: `${o.line}\n`, secretEncoding });
        expect(report.signature.status).toBe('key-mismatch');
        expect(hits(report, 'alg-confusion-forgery').map((f) => f.severity)).toEqual(['error']);
        expect(hits(report, 'key-alg-mismatch').map((f) => f.severity)).toEqual(['error']);
      }
    },
  );

  it.each(pyjwt.advisory.map((a) => [a.name, a] as const))("issue 16: PyJWT's CVE-2022-29217 advisory tokens (%s)", async (_name, a) => {
    const genuine = await run(a.genuine.token, { key: a.key });
    expect(genuine.keys.kind).toBe('openssh');
    expect(genuine.signature.status).toBe('valid');
    const forged = await run(a.forged.token, { key: a.key });
    expect(forged.signature.status).toBe('key-mismatch');
    expect(hits(forged, 'alg-confusion-forgery').map((f) => f.severity)).toEqual(['error']);
  });

  it("issue 16: PyJWT's testkey_ec_ssh.pub verifies an ES256 token signed with its testkey_ec.priv", async () => {
    const [pub, priv] = pyjwt.keys;
    const input = `${b64url(JSON.stringify({ alg: 'ES256' }))}.${b64url(JSON.stringify({ sub: 'pyjwt' }))}`;
    const signature = nodeSign('sha256', Buffer.from(input), { key: priv!.text, dsaEncoding: 'ieee-p1363' });
    const report = await run(`${input}.${b64url(signature)}`, { key: pub!.text, secretEncoding: 'utf8' });
    expect(report.keys.candidates.map((c) => [c.kty, c.crv])).toEqual([['EC', 'P-256']]);
    expect(report.signature.status).toBe('valid');
  });

  it('issue 16: several lines are several keys; the one that fits verifies, and options and comments are skipped', async () => {
    const [rsa, p256, , , ed25519] = generated.openssh;
    const text = `# deploy keys\n\nfrom="10.0.0.1",no-pty ${rsa!.line}\r\n${p256!.line}\n${ed25519!.line}\n`;
    const report = await run(p256!.token, { key: text });
    expect(report.keys.kind).toBe('openssh');
    expect(report.keys.candidates.map((c) => c.kty)).toEqual(['RSA', 'EC', 'OKP']);
    expect(new Set(report.keys.candidates.map((c) => c.label)).size).toBe(3);
    expect(report.keys.setIssues).toEqual([]);
    expect(report.signature.status).toBe('valid');
    expect(report.signature.keyUsed).toBe(report.keys.candidates[1]!.label);
    const forged = await run(rsa!.forgedWithLine, { key: text });
    expect(forged.signature.status).toBe('key-mismatch');
    expect(hits(forged, 'alg-confusion-forgery').map((f) => f.severity)).toEqual(['error']);
  });

  it('issue 16: a line that is not a key, next to one that is, is reported beside the key', async () => {
    const text = `${generated.openssh[1]!.line}\nnot a key line\n`;
    const parse = await parseKeys(text, 'auto');
    expect(parse.candidates).toHaveLength(1);
    expect(parse.setIssues).toHaveLength(1);
  });

  it.each([
    ['DSA', line('ssh-dss', new Uint8Array([1]), new Uint8Array([2]), new Uint8Array([3]), new Uint8Array([4]))],
    ['security key', line('sk-ssh-ed25519@openssh.com', new Uint8Array(32).fill(9), 'ssh:')],
    ['certificate', line('ssh-ed25519-cert-v01@openssh.com', new Uint8Array(32))],
    ['type that does not match its data', `ssh-ed25519 ${generated.openssh[0]!.line.split(' ')[1]}`],
    ['data cut short', `ssh-rsa ${generated.openssh[0]!.line.split(' ')[1]!.slice(0, 40)}`],
    ['ECDSA point of the wrong length', line('ecdsa-sha2-nistp256', 'nistp256', new Uint8Array([4, ...new Uint8Array(48).fill(1)]))],
    ['Ed25519 key of the wrong length', line('ssh-ed25519', new Uint8Array(31))],
  ])('issue 16: an OpenSSH line JWS cannot use is unreadable with a sentence, not a secret: %s', async (_name, text) => {
    for (const encoding of ['auto', 'utf8'] as const) {
      const parse = await parseKeys(text, encoding);
      expect(parse.kind).toBe('unrecognised');
      expect(parse.candidates).toEqual([]);
      expect(parse.error).toBeTruthy();
      expect(parse.errorAt).toEqual({ from: 0, to: text.length });
    }
  });

  it('issue 16: an ECDSA line whose point is off the curve is read, and flagged as ec-public-key-invalid', async () => {
    const off = line('ecdsa-sha2-nistp256', 'nistp256', new Uint8Array([4, ...new Uint8Array(64).fill(1)]));
    const report = await run(generated.openssh[1]!.token, { key: off });
    expect(report.keys.candidates.map((c) => c.problems.map((p) => p.code))).toEqual([['ec-point-invalid']]);
    expect(hits(report, 'ec-public-key-invalid').map((f) => f.severity)).toEqual(['error']);
    expect(report.signature.status).not.toBe('valid');
  });

  it('issue 16: ssh-ed448 lines are read too (RFC 8709)', async () => {
    const parse = await parseKeys(line('ssh-ed448', new Uint8Array(57)), 'auto');
    expect(parse.candidates.map((c) => [c.kty, c.crv])).toEqual([['OKP', 'Ed448']]);
  });
});
