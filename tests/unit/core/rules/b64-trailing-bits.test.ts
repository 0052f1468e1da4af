import { describe, expect, it } from 'vitest';
import { hits, hmacToken, run, severityOf } from '../../helpers/mint';
import { cleanHits } from '../../helpers/sig-tokens';

const RULE = 'b64-trailing-bits';
const TOKEN = hmacToken({ alg: 'HS256' }, { sub: 'u1' });

describe(RULE, () => {
  it.each([
    ['n1 instead of n0 (catalogue)', 'eyJhbGciOiJub25lIn1.eyJzdWIiOiJhZG1pbiJ9.', 'token'],
    ['last signature character bumped (43 characters, 2 spare bits)', `${TOKEN.slice(0, -1)}${bump(TOKEN.slice(-1))}`, 'signature'],
  ])('fires on %s', async (_name, token, part) => {
    const report = await run(token);
    expect(severityOf(report, RULE)).toBe('warning');
    expect(hits(report, RULE)[0]!.at?.part).toBe(part);
  });

  it.each([
    ['the canonical n0', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.'],
    ['HS256 token', TOKEN],
  ])('stays quiet on %s', async (_name, token) => {
    expect(hits(await run(token), RULE)).toEqual([]);
  });

  it('stays quiet on a clean RS256 token with its key', async () => {
    expect(await cleanHits(RULE)).toEqual([]);
  });
});

/** The next base64url character: same top bits, a non-zero bit among the 2 unused ones. */
function bump(c: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  return alphabet[alphabet.indexOf(c) | 1]!;
}
