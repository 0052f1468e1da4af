import { describe, expect, it } from 'vitest';
import { hits, hmacToken, run, severityOf } from '../../helpers/mint';
import { cleanHits } from '../../helpers/sig-tokens';

const RULE = 'b64-padding';
const pad = (s: string) => s + '='.repeat((4 - (s.length % 4)) % 4);

describe(RULE, () => {
  it.each([
    ['header ending in = (catalogue)', 'eyJhbGciOiJub25lIn0=.eyJzdWIiOiJhZG1pbiJ9.', 'token'],
    ['padded signature', (() => { const [h, p, s] = hmacToken({ alg: 'HS256' }, { sub: 'u1' }).split('.'); return `${h}.${p}.${pad(s!)}`; })(), 'signature'],
    ['padded payload', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbjEifQ==.', 'token'],
  ])('fires on %s', async (_name, token, part) => {
    const report = await run(token);
    expect(severityOf(report, RULE)).toBe('warning');
    expect(hits(report, RULE)[0]!.at?.part).toBe(part);
  });

  it.each([
    ['canonical unsecured token', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.'],
    ['HS256 token', hmacToken({ alg: 'HS256' }, { sub: 'u1' })],
  ])('stays quiet on %s', async (_name, token) => {
    expect(hits(await run(token), RULE)).toEqual([]);
  });

  it('stays quiet on a clean RS256 token with its key', async () => {
    expect(await cleanHits(RULE)).toEqual([]);
  });
});
