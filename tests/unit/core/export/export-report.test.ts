// exportReport (issue 17): the report as Markdown or JSON, with the chosen claim values masked
// everywhere (claims, payload, token, pasted text), the signature stripped when asked, and never
// a secret.
import { describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { exportReport, inspect, MASKED, ruleCatalog } from '../../../../src/core/index';

const b64 = (s: string) => Buffer.from(s).toString('base64url');
const SECRET = 'a-strong-secret-of-at-least-32-bytes-long!!';
function hs256(payload: object, secret = SECRET): string {
  const input = `${b64('{"alg":"HS256","typ":"JWT"}')}.${b64(JSON.stringify(payload))}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}
const NOW = 1_700_000_000;
const claims = { iss: 'https://issuer.example', sub: 'user-4711-secret-id', email: 'alice@example.com', iat: NOW - 10, exp: NOW + 600 };

describe('exportReport', () => {
  it('issue 17: masking a claim hides its value in claims, payload, token and pasted text', async () => {
    const token = hs256(claims);
    const report = await inspect({ token: `Bearer ${token}`, key: SECRET, now: NOW });
    expect(report.signature.status).toBe('valid');
    const text = exportReport(report, { format: 'json', mask: ['sub', 'email'] });
    for (const leaked of ['user-4711-secret-id', 'alice@example.com', token.split('.')[1]!]) expect(text).not.toContain(leaked);
    const out = JSON.parse(text);
    expect(out.claims.find((c: { name: string }) => c.name === 'sub').value).toBe(MASKED);
    expect(out.payload.value).toMatchObject({ sub: MASKED, email: MASKED, iss: claims.iss, exp: claims.exp });
    const [header, payload, signature] = out.input.token.split('.');
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString())).toMatchObject({ sub: MASKED, iss: claims.iss });
    expect(header).toBe(token.split('.')[0]);
    expect(signature).toBe(token.split('.')[2]);
    expect(out.input.text).toBe(`Bearer ${out.input.token}`);
    expect(out.summary).toEqual(report.summary);
  });

  it('issue 17: stripSignature leaves the signature out everywhere', async () => {
    const token = hs256(claims);
    const sig = token.split('.')[2]!;
    const report = await inspect({ token, key: SECRET, now: NOW });
    const text = exportReport(report, { format: 'json', stripSignature: true });
    expect(text).not.toContain(sig);
    const out = JSON.parse(text);
    expect(out.input.token).toBe(token.slice(0, token.lastIndexOf('.') + 1));
    expect(out.payload.value).toEqual(claims);
  });

  it('issue 17: with nothing asked, the JSON export is the report', async () => {
    const report = await inspect({ token: hs256(claims), key: SECRET, now: NOW });
    expect(JSON.parse(exportReport(report, { format: 'json' }))).toEqual(JSON.parse(JSON.stringify(report)));
  });

  it('issue 17: a well-known secret the inspector found never leaves', async () => {
    const report = await inspect({ token: hs256(claims, 'your-256-bit-secret'), now: NOW });
    expect(report.findings.map((f) => f.rule)).toContain('hmac-secret-weak');
    for (const format of ['json', 'markdown'] as const) {
      const text = exportReport(report, { format });
      expect(text).not.toContain('your-256-bit-secret');
      expect(text).toContain('hmac-secret-weak');
    }
  });

  it('issue 17: a masked claim holding a nested token takes the nested report with it', async () => {
    const inner = hs256({ sub: 'inner-subject-value' });
    const report = await inspect({ token: hs256({ ...claims, id_token: inner }), key: SECRET, now: NOW });
    expect(report.nested.map((n) => n.path)).toEqual([['claim:id_token']]);
    const text = exportReport(report, { format: 'json', mask: ['id_token'] });
    expect(text).not.toContain(inner.split('.')[1]!);
    expect(text).not.toContain('inner-subject-value');
    expect(JSON.parse(text).nested).toEqual([]);
  });

  it('issue 17: the Markdown export has the verdict, findings with rule ids and references, and masked claims', async () => {
    const token = hs256(claims);
    const report = await inspect({ token: `${token.slice(0, -2)}AA`, key: SECRET, now: NOW });
    expect(report.signature.status).toBe('invalid');
    const md = exportReport(report, { format: 'markdown', mask: ['sub'] });
    expect(md).toContain(report.summary.headline);
    const invalid = ruleCatalog.find((r) => r.id === 'sig-invalid')!;
    expect(md).toContain('`sig-invalid`');
    expect(md).toContain(invalid.references[0]);
    expect(md).toMatch(/\| `sub` \| `"\[masked\]"` \|/);
    expect(md).toContain('| `iss` | `"https://issuer.example"` |');
    expect(md).not.toContain('user-4711-secret-id');
    expect(md).not.toContain(token.split('.')[1]!);
  });
});
