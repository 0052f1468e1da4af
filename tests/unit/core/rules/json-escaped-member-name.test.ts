import { describe, expect, it } from 'vitest';
import { hits, hmacToken, run, severityOf } from '../../helpers/mint';
import { cleanHits } from '../../helpers/sig-tokens';

const RULE = 'json-escaped-member-name';
const H = { alg: 'HS256' };

describe(RULE, () => {
  it.each([
    ['header {"\\u0061lg":"none"} (catalogue)', hmacToken('{"\\u0061lg":"HS256"}', { sub: 'u1' }), 'header'],
    ['an escaped claim name', hmacToken(H, '{"s\\u0075b":"u1"}'), 'payload'],
    ['Cyrillic а in admin', hmacToken(H, { sub: 'u1', 'аdmin': true }), 'payload'],
    ['Greek ο in role', hmacToken(H, { sub: 'u1', 'rοle': 'admin' }), 'payload'],
    ['a zero-width space in admin', hmacToken(H, { sub: 'u1', 'ad\u200bmin': true }), 'payload'],
    ['fullwidth letters', hmacToken(H, { sub: 'u1', 'ｅｘｐ': 1 }), 'payload'],
    ['Alg in the header', hmacToken('{"alg":"HS256","Alg":"none"}', { sub: 'u1' }), 'header'],
    ['EXP in the payload', hmacToken(H, { sub: 'u1', EXP: 4102444800 }), 'payload'],
    ['an escaped name deep inside', hmacToken(H, '{"sub":"u1","a":{"b":[{"\\u0072oles":["admin"]}]}}'), 'payload'],
  ])('fires on %s', async (_name, token, part) => {
    const report = await run(token);
    expect(severityOf(report, RULE)).toBe('warning');
    expect(hits(report, RULE)[0]!.at?.part).toBe(part);
  });

  it.each([
    ['a clean token', hmacToken(H, { sub: 'u1', admin: false })],
    ['a genuine Russian claim name', hmacToken(H, { sub: 'u1', 'роль': 'читатель' })],
    ['an escape in a value, not a name', hmacToken(H, '{"sub":"\\u0075ser"}')],
    ['a case variant of an unregistered name', hmacToken(H, { sub: 'u1', Admin: true })],
    ['a case variant nested, not at the root', hmacToken(H, { sub: 'u1', profile: { Exp: 1 } })],
    ['non-ASCII in a value', hmacToken(H, { sub: 'u1', name: 'аdmin' })],
  ])('stays quiet on %s', async (_name, token) => {
    expect(hits(await run(token), RULE)).toEqual([]);
  });

  it('stays quiet on a clean RS256 token with its key', async () => {
    expect(await cleanHits(RULE)).toEqual([]);
  });
});
