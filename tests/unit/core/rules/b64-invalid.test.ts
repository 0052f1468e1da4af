import { describe, expect, it } from 'vitest';
import { hits, hmacToken, run, severityOf } from '../../helpers/mint';
import { cleanHits } from '../../helpers/sig-tokens';

const RULE = 'b64-invalid';

describe(RULE, () => {
  it.each([
    ['! in the header (catalogue)', 'eyJhbGciOiJub25lIn0!.eyJzdWIiOiJhZG1pbiJ9.'],
    ['a 5-character header (length mod 4 = 1, catalogue)', 'eyJhb.eyJzdWIiOiJhZG1pbiJ9.'],
    ['an empty header', '.eyJzdWIiOiJhZG1pbiJ9.c2ln'],
    ['an empty payload', 'eyJhbGciOiJIUzI1NiJ9..c2ln'],
    ['a * in the signature', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2*n'],
  ])('fires on %s', async (_name, token) => {
    const report = await run(token);
    expect(severityOf(report, RULE)).toBe('error');
    expect(hits(report, RULE)[0]!.at).toBeDefined();
  });

  it.each([
    ['a canonical token', hmacToken({ alg: 'HS256' }, { sub: 'u1' })],
    ['an empty signature (sig-empty or alg-none instead)', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.'],
    ['padding (b64-padding instead)', 'eyJhbGciOiJub25lIn0=.eyJzdWIiOiJhZG1pbiJ9.'],
    ['standard alphabet (b64-std-alphabet instead)', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiI+Pz4ifQ.'],
    ['words without a dot (format-segment-count instead)', 'hello world'],
  ])('stays quiet on %s', async (_name, token) => {
    expect(hits(await run(token), RULE)).toEqual([]);
  });

  it('stays quiet on a clean RS256 token with its key', async () => {
    expect(await cleanHits(RULE)).toEqual([]);
  });
});
