import { describe, expect, it } from 'vitest';
import { compact, hits, hmacToken, run, severityOf } from '../../helpers/mint';
import { cleanHits } from '../../helpers/sig-tokens';

const RULE = 'sig-empty';

describe(RULE, () => {
  it.each([
    ['HS256 header, empty signature (catalogue)', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhZG1pbiJ9.'],
    ['RS256 header, empty signature', compact({ alg: 'RS256' }, { sub: 'admin' })],
    ['ES256 header, empty signature', compact({ alg: 'ES256' }, { sub: 'admin' })],
  ])('fires on %s', async (_name, token) => {
    const report = await run(token);
    expect(severityOf(report, RULE)).toBe('error');
    expect(hits(report, RULE)[0]!.at).toBeDefined();
  });

  it.each([
    ['alg none, empty signature (alg-none instead)', 'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJhZG1pbiJ9.'],
    ['alg NONE, empty signature', compact({ alg: 'NONE' }, { sub: 'admin' })],
    ['HS256 token with a signature', hmacToken({ alg: 'HS256' }, { sub: 'admin' })],
  ])('stays quiet on %s', async (_name, token) => {
    expect(hits(await run(token), RULE)).toEqual([]);
  });

  it('stays quiet on a clean RS256 token with its key', async () => {
    expect(await cleanHits(RULE)).toEqual([]);
  });
});
