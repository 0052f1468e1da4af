import { describe, expect, it } from 'vitest';
import { compact, hmacToken, NOW, run } from '../../helpers/mint';

describe('describeClaims (report.claims)', () => {
  it('lists every member in order with meaning, raw text, span and time', async () => {
    const payload = '{"sub":"u1","exp":1767229200,"custom":{"a":[1,2.50]},"iat":1767225600}';
    const report = await run(hmacToken({ alg: 'HS256' }, payload));
    expect(report.claims.map((c) => c.name)).toEqual(['sub', 'exp', 'custom', 'iat']);
    const [sub, exp, custom, iat] = report.claims;
    expect(sub).toMatchObject({ label: 'Subject', source: 'RFC 7519', value: 'u1', raw: '"u1"' });
    expect(sub!.description).toBeTruthy();
    expect(sub!.time).toBeUndefined();
    expect(payload.slice(sub!.span!.from, sub!.span!.to)).toBe('"sub":"u1"');
    expect(exp!.time).toEqual({ unix: 1767229200, utc: '2026-01-01T01:00:00Z', fromNow: 3600 });
    expect(iat!.time).toEqual({ unix: NOW, utc: '2026-01-01T00:00:00Z', fromNow: 0 });
    expect(custom).toMatchObject({ value: { a: [1, 2.5] }, raw: '{"a":[1,2.50]}' });
    expect(custom!.label).toBeUndefined();
  });

  it('keeps each duplicate member with its own value', async () => {
    const report = await run(hmacToken({ alg: 'HS256' }, '{"sub":"a","sub":"b"}'));
    expect(report.claims.map((c) => [c.name, c.value])).toEqual([
      ['sub', 'a'],
      ['sub', 'b'],
    ]);
  });

  it('gives milliseconds-like and out-of-range times without a calendar date', async () => {
    const report = await run(hmacToken({ alg: 'HS256' }, { exp: 1767229200000, nbf: 1e300, auth_time: 'x' }));
    const [exp, nbf, authTime] = report.claims;
    expect(exp!.time).toEqual({ unix: 1767229200000, fromNow: 1767229200000 - NOW });
    expect(nbf!.time?.utc).toBeUndefined();
    expect(authTime!.time).toBeUndefined();
  });

  it('keeps the exact lexeme of big numbers', async () => {
    const report = await run(hmacToken({ alg: 'HS256' }, '{"sub":9007199254740993}'));
    expect(report.claims[0]).toMatchObject({ raw: '9007199254740993' });
  });

  it('is empty when the payload is not a JSON object', async () => {
    expect((await run(compact({ alg: 'HS256' }, '[1,2]', 'AA'))).claims).toEqual([]);
    expect((await run(compact({ alg: 'HS256' }, 'hello', 'AA'))).claims).toEqual([]);
    expect((await run('garbage')).claims).toEqual([]);
  });

  it('survives a __proto__ member', async () => {
    const report = await run(hmacToken({ alg: 'HS256' }, '{"__proto__":{"admin":true}}'));
    expect(report.claims[0]).toMatchObject({ name: '__proto__', value: { admin: true } });
  });
});
