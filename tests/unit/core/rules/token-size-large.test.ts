import { describe, expect, it } from 'vitest';
import { hits, hmacToken, run, severityOf } from '../../helpers/mint';
import { cleanHits } from '../../helpers/sig-tokens';

const RULE = 'token-size-large';
const withPermissions = (chars: number) =>
  hmacToken({ alg: 'HS256' }, { sub: 'u1', permissions: Array.from({ length: chars / 10 }, (_, i) => `p${String(i).padStart(5, '0')}`) });

describe(RULE, () => {
  it.each([
    ['a 5,000-character permissions array (catalogue)', withPermissions(5000), 'info'],
    ['a 10,000-character permissions array', withPermissions(10000), 'warning'],
  ])('fires on %s', async (_name, token, severity) => {
    expect(token.length).toBeGreaterThan(4096);
    const report = await run(token);
    expect(severityOf(report, RULE)).toBe(severity);
    expect(hits(report, RULE)[0]!.at?.part).toBe('token');
  });

  it.each([
    ['a small token', hmacToken({ alg: 'HS256' }, { sub: 'u1' })],
    ['a 2,000-character permissions array', withPermissions(2000)],
    ['a long malformed paste', 'x'.repeat(20000)],
  ])('stays quiet on %s', async (_name, token) => {
    expect(hits(await run(token), RULE)).toEqual([]);
  });

  it('stays quiet on a clean RS256 token with its key', async () => {
    expect(await cleanHits(RULE)).toEqual([]);
  });
});
