import { describe, expect, it } from 'vitest';
import { b64url, compact, hits, hmacToken, run, severityOf } from '../../helpers/mint';
import { cleanHits } from '../../helpers/sig-tokens';

const RULE = 'alg-missing';
const PAYLOAD = { sub: 'admin' };

describe(RULE, () => {
  it.each([
    ['catalogue example: {"typ":"JWT"}', 'eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiJhZG1pbiJ9.c2ln'],
    ['alg is a number', compact({ alg: 256 }, PAYLOAD, 'c2ln')],
    ['alg is null', compact({ alg: null }, PAYLOAD, 'c2ln')],
    ['alg is an array', compact({ alg: ['HS256'] }, PAYLOAD, 'c2ln')],
    ['a JWE header without alg', `${b64url('{"enc":"A128GCM"}')}..${b64url('123456789012')}.${b64url('ct')}.${b64url('0123456789abcdef')}`],
  ])('fires on %s', async (_name, token) => {
    const report = await run(token);
    expect(severityOf(report, RULE)).toBe('error');
    expect(hits(report, RULE)[0]!.at).toBeDefined();
  });

  it.each([
    ['HS256 token', hmacToken({ alg: 'HS256', typ: 'JWT' }, PAYLOAD)],
    ['alg none (another rule)', compact({ alg: 'none' }, PAYLOAD)],
    ['unknown alg string (another rule)', compact({ alg: 'hs256' }, PAYLOAD, 'c2ln')],
    ['header that is not JSON', 'bm90IGpzb24.eyJzdWIiOiJhZG1pbiJ9.c2ln'],
  ])('stays quiet on %s', async (_name, token) => {
    expect(hits(await run(token), RULE)).toEqual([]);
  });

  it('stays quiet on a clean RS256 token with its key', async () => {
    expect(await cleanHits(RULE)).toEqual([]);
  });
});
