import { describe, expect, it } from 'vitest';
import { compact, hits, hmacToken, run, severityOf } from '../../helpers/mint';
import { cleanHits } from '../../helpers/sig-tokens';

const RULE = 'json-duplicate-member';
const H = { alg: 'HS256' };

describe(RULE, () => {
  it.each([
    ['header alg twice (catalogue)', 'eyJhbGciOiJIUzI1NiIsImFsZyI6Im5vbmUifQ.eyJzdWIiOiJhZG1pbiJ9.LILNvnXSBagAd9dxs_5IiVKjRI5lPnFedgE9Y2-jJVw', 'error', 'header'],
    ['payload sub twice (catalogue)', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyIiwic3ViIjoiYWRtaW4ifQ.Alp-6tL6lZm3q5nsHo8rgR84YAY7EGSlc9odVTYAxbI', 'error', 'payload'],
    ['alg and \\u0061lg collide after unescaping', compact('{"alg":"HS256","\\u0061lg":"none"}', { sub: 'u1' }, 'c2ln'), 'error', 'header'],
    ['exp twice', hmacToken(H, '{"sub":"u1","exp":1,"exp":4102444800}'), 'error', 'payload'],
    ['nested roles twice', hmacToken(H, '{"sub":"u1","realm_access":{"roles":["user"],"roles":["admin"]}}'), 'error', 'payload'],
    ['is_admin twice', hmacToken(H, '{"sub":"u1","is_admin":false,"is_admin":true}'), 'error', 'payload'],
    ['issue 14: a DPoP proof with htu twice', hmacToken(H, '{"htm":"GET","htu":"https://a.example/x","htu":"https://b.example/y"}'), 'error', 'payload'],
    ['an ordinary claim twice', hmacToken(H, '{"sub":"u1","name":"A","name":"B"}'), 'warning', 'payload'],
    ['an unregistered header parameter twice', hmacToken('{"alg":"HS256","env":"a","env":"b"}', { sub: 'u1' }), 'warning', 'header'],
    ['a nested sub (not the registered claim)', hmacToken(H, '{"sub":"u1","profile":{"sub":"a","sub":"b"}}'), 'warning', 'payload'],
  ])('fires on %s', async (_name, token, severity, part) => {
    const report = await run(token);
    expect(severityOf(report, RULE)).toBe(severity);
    expect(hits(report, RULE)[0]!.at?.part).toBe(part);
  });

  it('reports each duplicated name once, pointing at the later occurrence', async () => {
    const report = await run(hmacToken(H, '{"sub":"u1","a":1,"b":2,"a":3,"b":4}'));
    const found = hits(report, RULE);
    expect(found).toHaveLength(2);
    const text = report.payload!.text;
    expect(found.map((f) => text.slice(f.at!.from, f.at!.to))).toEqual(['"a"', '"b"']);
    expect(found.every((f) => f.at!.from > text.indexOf('"b":2'))).toBe(true);
  });

  it.each([
    ['a clean token', hmacToken(H, { sub: 'u1', name: 'A' })],
    ['the same name in different objects', hmacToken(H, '{"a":{"x":1},"b":{"x":2}}')],
    ['a name and its case variant', hmacToken(H, '{"sub":"u1","Sub":"u2"}')],
  ])('stays quiet on %s', async (_name, token) => {
    expect(hits(await run(token), RULE)).toEqual([]);
  });

  it('caps its findings on a token full of duplicates', async () => {
    const body = `{${Array.from({ length: 500 }, (_, i) => `"k${i}":1,"k${i}":2`).join(',')}}`;
    expect(hits(await run(hmacToken(H, body)), RULE).length).toBeLessThanOrEqual(20);
  });

  it('stays quiet on a clean RS256 token with its key', async () => {
    expect(await cleanHits(RULE)).toEqual([]);
  });
});
