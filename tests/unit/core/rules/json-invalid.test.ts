import { describe, expect, it } from 'vitest';
import { b64url, compact, hits, hmacToken, run, severityOf } from '../../helpers/mint';
import { cleanHits } from '../../helpers/sig-tokens';

const RULE = 'json-invalid';

describe(RULE, () => {
  it.each([
    ['header with trailing garbage (catalogue)', 'eyJhbGciOiJIUzI1NiJ9eA.eyJzdWIiOiJhZG1pbiJ9.c2ln', 'header'],
    ['truncated payload object', compact({ alg: 'HS256' }, '{"sub":"u1"', 'c2ln'), 'payload'],
    ['payload with a trailing comma', compact({ alg: 'HS256' }, '{"sub":"u1",}', 'c2ln'), 'payload'],
    ['header with single quotes', `${b64url("{'alg':'HS256'}")}.${b64url('{"sub":"u1"}')}.c2ln`, 'header'],
    ['two JSON values in the payload', compact({ alg: 'HS256' }, '{"sub":"u1"}{"sub":"admin"}', 'c2ln'), 'payload'],
  ])('fires on %s', async (_name, token, part) => {
    const report = await run(token);
    expect(severityOf(report, RULE)).toBe('error');
    expect(hits(report, RULE)[0]!.at?.part).toBe(part);
  });

  it.each([
    ['a valid token', hmacToken({ alg: 'HS256' }, { sub: 'u1' })],
    ['trailing whitespace after the payload object', compact({ alg: 'HS256' }, '{"sub":"u1"}\n ', 'c2ln')],
    ['a payload that is not JSON at all (json-not-object instead)', compact({ alg: 'HS256' }, 'hello world', 'c2ln')],
  ])('stays quiet on %s', async (_name, token) => {
    expect(hits(await run(token), RULE)).toEqual([]);
  });

  it('stays quiet on a clean RS256 token with its key', async () => {
    expect(await cleanHits(RULE)).toEqual([]);
  });
});
