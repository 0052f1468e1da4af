import { describe, expect, it } from 'vitest';
import { b64url, hits, hmacToken, run, severityOf } from '../../helpers/mint';
import { cleanHits } from '../../helpers/sig-tokens';

const RULE = 'format-segment-count';
const JWE = `eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIn0..${b64url('123456789012')}.${b64url('ciphertext')}.${b64url('0123456789abcdef')}`;

describe(RULE, () => {
  it.each([
    ['2 parts: unsecured JWT without the trailing dot (catalogue)', 'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJhZG1pbiJ9'],
    ['4 parts', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.c2ln.c2ln'],
    ['6 parts', `${JWE}.eA`],
    ['1 part', 'eyJhbGciOiJub25lIn0'],
    ['plain words', 'hello world'],
    ['issue 16: 5 parts with no enc in the header (not a JWE)', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.c2ln.c2ln.c2ln'],
  ])('fires on %s', async (_name, input) => {
    const report = await run(input);
    expect(report.kind).toBe('malformed');
    expect(severityOf(report, RULE)).toBe('error');
    expect(hits(report, RULE)[0]!.at?.part).toBe('token');
  });

  it.each([
    ['3 parts', hmacToken({ alg: 'HS256' }, { sub: 'u1' })],
    ['3 parts, unsecured with its trailing dot', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.'],
    ['5 parts (JWE)', JWE],
    ['a JSON serialization (format-json-serialization instead)', JSON.stringify({ payload: 'eyJzdWIiOiJhZG1pbiJ9', protected: 'eyJhbGciOiJIUzI1NiJ9', signature: 'c2ln' })],
    ['empty input', ''],
    ['only whitespace', '  \n'],
  ])('stays quiet on %s', async (_name, input) => {
    expect(hits(await run(input), RULE)).toEqual([]);
  });

  it('returns promptly on 5 MB of garbage', async () => {
    const started = performance.now();
    const report = await run('a.'.repeat(2_500_000));
    expect(report.kind).toBe('malformed');
    // Generous: the machine is shared; a hang or a quadratic step takes far longer.
    expect(performance.now() - started).toBeLessThan(10_000);
  }, 30_000);

  it('stays quiet on a clean RS256 token with its key', async () => {
    expect(await cleanHits(RULE)).toEqual([]);
  });
});
