import { describe, expect, it } from 'vitest';
import { b64url, compact, hits, hmacToken, run, severityOf } from '../../helpers/mint';
import { cleanHits } from '../../helpers/sig-tokens';

const RULE = 'json-not-object';
const INNER = hmacToken({ alg: 'HS256' }, { sub: 'u1' });

describe(RULE, () => {
  it.each([
    ['payload [1,2,3] (catalogue)', 'eyJhbGciOiJIUzI1NiJ9.WzEsMiwzXQ.c2ln', 'error'],
    ['header that is an array', compact('["HS256"]', { sub: 'u1' }, 'c2ln'), 'error'],
    ['header that is a string', compact('"HS256"', { sub: 'u1' }, 'c2ln'), 'error'],
    ['payload that is a bare number', compact({ alg: 'HS256' }, '12345', 'c2ln'), 'error'],
    ['payload that is a bare string', compact({ alg: 'HS256' }, '"admin"', 'c2ln'), 'error'],
    ['payload that is plain text', compact({ alg: 'HS256' }, 'hello world', 'c2ln'), 'warning'],
    ['payload that is binary', `${b64url('{"alg":"HS256"}')}.${b64url(new Uint8Array([0xff, 0xfe, 0x00, 0x81]))}.c2ln`, 'warning'],
  ])('fires on %s', async (_name, token, severity) => {
    const report = await run(token);
    expect(severityOf(report, RULE)).toBe(severity);
    expect(hits(report, RULE)[0]!.at).toBeDefined();
  });

  it.each([
    ['an object payload', hmacToken({ alg: 'HS256' }, { sub: 'u1' })],
    ['a nested JWT payload under cty JWT', compact({ alg: 'HS256', cty: 'JWT' }, INNER, 'c2ln')],
    ['a payload with invalid JSON (json-invalid instead)', compact({ alg: 'HS256' }, '{"sub":', 'c2ln')],
    ['a detached (empty) payload', 'eyJhbGciOiJIUzI1NiJ9..c2ln'],
  ])('stays quiet on %s', async (_name, token) => {
    expect(hits(await run(token), RULE)).toEqual([]);
  });

  it('stays quiet on a clean RS256 token with its key', async () => {
    expect(await cleanHits(RULE)).toEqual([]);
  });
});
