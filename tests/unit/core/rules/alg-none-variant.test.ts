import { describe, expect, it } from 'vitest';
import { compact, hits, hmacToken, run, severityOf } from '../../helpers/mint';
import { cleanHits } from '../../helpers/sig-tokens';

const RULE = 'alg-none-variant';
const PAYLOAD = { sub: 'admin' };

describe(RULE, () => {
  it.each([
    ['None (catalogue)', 'eyJhbGciOiJOb25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJhZG1pbiJ9.'],
    ['NONE (catalogue)', 'eyJhbGciOiJOT05FIiwidHlwIjoiSldUIn0.eyJzdWIiOiJhZG1pbiJ9.'],
    ['nOnE (catalogue)', 'eyJhbGciOiJuT25FIiwidHlwIjoiSldUIn0.eyJzdWIiOiJhZG1pbiJ9.'],
    ['leading space', compact({ alg: ' none' }, PAYLOAD)],
    ['trailing NUL', compact({ alg: 'none\u0000' }, PAYLOAD)],
    ['trailing tab and capitals', compact({ alg: 'NoNe\t' }, PAYLOAD)],
  ])('fires on %s', async (_name, token) => {
    const report = await run(token);
    expect(severityOf(report, RULE)).toBe('error');
    expect(hits(report, RULE)[0]!.at?.part).toBe('header');
  });

  it.each([
    ['exactly none (alg-none instead)', compact({ alg: 'none' }, PAYLOAD)],
    ['a word containing none', compact({ alg: 'nonexistent' }, PAYLOAD, 'c2ln')],
    ['inner space', compact({ alg: 'no ne' }, PAYLOAD, 'c2ln')],
    ['HS256 token', hmacToken({ alg: 'HS256' }, PAYLOAD)],
  ])('stays quiet on %s', async (_name, token) => {
    expect(hits(await run(token), RULE)).toEqual([]);
  });

  it('stays quiet on a clean RS256 token with its key', async () => {
    expect(await cleanHits(RULE)).toEqual([]);
  });
});
