import { describe, expect, it } from 'vitest';
import { compact, hits, hmacToken, run, severityOf } from '../../helpers/mint';
import { cleanHits } from '../../helpers/sig-tokens';

const RULE = 'unsecured-with-signature';

describe(RULE, () => {
  it.each([
    ['catalogue example (HS256 signature kept)', 'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJhZG1pbiJ9.PGnRccPTXeaxA8nzfytWewWRkizJa_ihI_3H6ec-Zbw'],
    ['None with a signature', compact({ alg: 'None' }, { sub: 'admin' }, 'c2lnbmF0dXJl')],
  ])('fires on %s', async (_name, token) => {
    const report = await run(token);
    expect(severityOf(report, RULE)).toBe('error');
    expect(hits(report, RULE)[0]!.at?.part).toBe('signature');
  });

  it.each([
    ['none with an empty signature', 'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJhZG1pbiJ9.'],
    ['HS256 token', hmacToken({ alg: 'HS256' }, { sub: 'admin' })],
  ])('stays quiet on %s', async (_name, token) => {
    expect(hits(await run(token), RULE)).toEqual([]);
  });

  it('stays quiet on a clean RS256 token with its key', async () => {
    expect(await cleanHits(RULE)).toEqual([]);
  });
});
