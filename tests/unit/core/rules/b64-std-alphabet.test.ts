import { describe, expect, it } from 'vitest';
import { hits, run, severityOf } from '../../helpers/mint';
import { cleanHits } from '../../helpers/sig-tokens';

const RULE = 'b64-std-alphabet';
const EXPIRED = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1MSIsImlhdCI6MTUxNjIzOTAyMiwiZXhwIjoxNTE2MjQyNjIyfQ.1TBac53puxV0Hvpo9ssloYh_i0oV15kWIV2wqG6MgO0';

describe(RULE, () => {
  it.each([
    ['_ written as / in the signature (catalogue)', EXPIRED.replace('Yh_i0', 'Yh/i0'), 'signature'],
    ['- written as + in the signature', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhZG1pbiJ9.PGnRccPTXeaxA8nzfytWewWRkizJa_ihI_3H6ec+Zbw', 'signature'],
    ['+ in the payload', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiI+Pz4ifQ.', 'token'],
  ])('fires on %s', async (_name, token, part) => {
    const report = await run(token);
    expect(severityOf(report, RULE)).toBe('warning');
    expect(hits(report, RULE)[0]!.at?.part).toBe(part);
  });

  it.each([
    ['the unmodified example', EXPIRED],
    ['- and _ in base64url', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiI-Pz4ifQ.'],
  ])('stays quiet on %s', async (_name, token) => {
    expect(hits(await run(token), RULE)).toEqual([]);
  });

  it('stays quiet on a clean RS256 token with its key', async () => {
    expect(await cleanHits(RULE)).toEqual([]);
  });
});
