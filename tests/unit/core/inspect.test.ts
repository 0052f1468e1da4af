// inspect() as a whole: the verdicts are separate, findings point into the pasted text, nested
// tokens are followed, and a well-formed token raises no false alarm.
import { describe, expect, it } from 'vitest';
import { b64url, compact, hits, hmacToken, NOW, rs256Token, rsaPublicPem, run } from '../helpers/mint';

const clean = () =>
  rs256Token(
    { alg: 'RS256', typ: 'JWT' },
    { iss: 'https://idp.example.com', sub: 'user-42', aud: 'api://orders', iat: NOW - 60, exp: NOW + 540 },
  );

describe('inspect', () => {
  it('raises no warning or error on a clean, well-formed RS256 token with its key', async () => {
    const report = await run(clean(), { key: rsaPublicPem() });
    expect(report.signature.status).toBe('valid');
    expect(report.time.status).toBe('valid');
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('keeps the signature and the time verdicts apart', async () => {
    const token = rs256Token({ alg: 'RS256', typ: 'JWT' }, { sub: 'u1', iat: NOW - 7200, exp: NOW - 3600 });
    const report = await run(token, { key: rsaPublicPem() });
    expect(report.signature.status).toBe('valid');
    expect(report.time.status).toBe('expired');
    expect(hits(report, 'exp-expired')).toHaveLength(1);
  });

  it('maps segment and finding positions back to the pasted text around a Bearer prefix', async () => {
    const token = hmacToken({ alg: 'HS256', typ: 'JWT', jku: 'http://169.254.169.254/keys' }, { sub: 'u1' });
    const input = `Authorization: Bearer ${token}\n`;
    const report = await run(input);
    const header = report.segments.find((s) => s.name === 'header')!;
    expect(input.slice(header.from, header.to)).toBe(token.split('.')[0]);
    const jku = hits(report, 'jku-unsafe-url')[0]!;
    expect(jku.inputRange!.from).toBeGreaterThanOrEqual(header.from);
    expect(jku.inputRange!.to).toBeLessThanOrEqual(header.to);
  });

  it('follows a cty JWT payload into the inner token and reports its findings with the path', async () => {
    const inner = compact({ alg: 'none' }, { sub: 'admin' });
    const token = hmacToken({ alg: 'HS256', cty: 'JWT' }, inner);
    const report = await run(token);
    expect(report.nested).toHaveLength(1);
    expect(report.nested[0]!.path).toEqual(['payload']);
    expect(report.nested[0]!.report.signature.status).toBe('unsecured');
    const none = hits(report, 'alg-none');
    expect(none).toHaveLength(1);
    expect(none[0]!.path).toEqual(['payload']);
  });

  it('inspects claim values that are tokens themselves', async () => {
    const inner = hmacToken({ alg: 'HS256' }, { sub: 'u2', exp: NOW - 10_000 });
    const report = await run(hmacToken({ alg: 'HS256', typ: 'JWT' }, { sub: 'u1', act: { token: inner } }));
    expect(report.nested.map((n) => n.path)).toEqual([['claim:act.token']]);
    expect(hits(report, 'exp-expired').map((f) => f.path)).toEqual([['claim:act.token']]);
  });

  it('returns a malformed report, not an exception, for garbage', async () => {
    const report = await run('not a token at all');
    expect(report.kind).toBe('malformed');
    expect(report.signature.status).toBe('malformed');
    expect(report.signature.reason).toBeTruthy();
  });
});

describe('issue 11: the Report is plain data', () => {
  it('describes a secret by its readings and length, and carries no bytes anywhere', async () => {
    const report = await run(hmacToken({ alg: 'HS256' }, { sub: 'u' }, 'a-shared-secret'), { key: 'a-shared-secret' });
    expect(report.keys.candidates[0]!.secrets).toContainEqual({ encoding: 'utf8', byteLength: 15 });
    const bytes: string[] = [];
    const walk = (v: unknown, path: string) => {
      if (v instanceof Uint8Array || v instanceof ArrayBuffer) bytes.push(path);
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
    };
    walk(report, 'report');
    expect(bytes).toEqual([]);
  });
});

describe('issue 16: a detached payload is said to be detached', () => {
  it('marks the payload view of a token that carries none, and of no other', async () => {
    const header = b64url(JSON.stringify({ alg: 'HS256' }));
    const detached = await run(`${header}..c2ln`, { key: 'k' });
    expect(detached.payload?.detached).toBe(true);
    const attached = await run(hmacToken({ alg: 'HS256' }, { sub: 'u' }, 'k'), { key: 'k' });
    expect(attached.payload?.detached).toBeUndefined();
  });
});
