import { describe, expect, it } from 'vitest';
import { hits, hmacToken, run, severityOf } from '../../helpers/mint';
import { cleanHits } from '../../helpers/sig-tokens';

const RULE = 'json-deep-nesting';
/** {"a":[[…]]}: the object is level 1, each array one more. */
const nested = (arrays: number) => `{"a":${'['.repeat(arrays)}${']'.repeat(arrays)}}`;
const token = (arrays: number) => hmacToken({ alg: 'HS256' }, nested(arrays));

describe(RULE, () => {
  it.each([
    ['1,000 nested arrays (catalogue)', 1000, 'error'],
    ['depth 33', 32, 'warning'],
    ['depth 256', 255, 'warning'],
    ['depth 257', 256, 'error'],
  ])('fires on %s', async (_name, arrays, severity) => {
    const report = await run(token(arrays));
    expect(severityOf(report, RULE)).toBe(severity);
    expect(hits(report, RULE)[0]!.at).toBeDefined();
  });

  it('fires on a deeply nested header too', async () => {
    expect(severityOf(await run(hmacToken(`{"alg":"HS256","x":${'['.repeat(40)}${']'.repeat(40)}}`, { sub: 'u1' })), RULE)).toBe('warning');
  });

  it.each([
    ['depth 32', 31],
    ['depth 3', 2],
  ])('stays quiet on %s', async (_name, arrays) => {
    expect(hits(await run(token(arrays)), RULE)).toEqual([]);
  });

  it('stays quiet on a clean RS256 token with its key', async () => {
    expect(await cleanHits(RULE)).toEqual([]);
  });
});
