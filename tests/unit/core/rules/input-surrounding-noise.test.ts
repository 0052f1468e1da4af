import { describe, expect, it } from 'vitest';
import { hits, run, severityOf } from '../../helpers/mint';
import { cleanHits } from '../../helpers/sig-tokens';

const RULE = 'input-surrounding-noise';
const TOKEN = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1MSIsImV4cCI6NDEwMjQ0NDgwMH0.h_hkkj9D-caNwNEnJpBOhvwUhe9TG5PDA5ZFNjoIm2w';

describe(RULE, () => {
  it.each([
    ['double quotes and a trailing newline (catalogue)', `"${TOKEN}"\n`],
    ['dots written as %2E (catalogue)', TOKEN.replaceAll('.', '%2E')],
    ['leading and trailing whitespace', `  ${TOKEN}\t`],
    ['single quotes', `'${TOKEN}'`],
    ['a trailing comma', `${TOKEN},`],
    ['a URL query parameter', `https://app.example.com/cb?id_token=${TOKEN}&state=x`],
    ['an OAuth token response', JSON.stringify({ access_token: TOKEN, token_type: 'Bearer' })],
  ])('fires on %s', async (_name, input) => {
    const report = await run(input);
    expect(severityOf(report, RULE)).toBe('info');
    expect(report.kind).toBe('jws');
  });

  it.each([
    ['a bare token', TOKEN],
    ['a Bearer prefix only (input-auth-scheme-prefix instead)', `Bearer ${TOKEN}`],
    ['a cookie line after Cookie:', `Cookie: session=${TOKEN}`],
  ])('stays quiet on %s', async (_name, input) => {
    expect(hits(await run(input), RULE)).toEqual([]);
  });

  it('does not repeat the rest of a URL in its message', async () => {
    const [hit] = hits(await run(`https://app.example.com/cb?code=s3cr3tvalue&id_token=${TOKEN}`), RULE);
    expect(hit).toBeDefined();
    expect(hit!.message).not.toContain('s3cr3tvalue');
  });

  it('stays quiet on a clean RS256 token with its key', async () => {
    expect(await cleanHits(RULE)).toEqual([]);
  });
});
