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
    ['issue 16: the token pasted twice', `${TOKEN}${TOKEN}`],
    ['issue 16: two tokens pasted one after the other', `${TOKEN}\neyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.`],
    ['issue 16: a curl command', `curl https://api.example/x -H 'Authorization: Bearer ${TOKEN}'`],
    ['issue 16: an HTTP request', `GET /x HTTP/1.1\nHost: api.example\nAuthorization: Bearer ${TOKEN}\n`],
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

  it('issue 16: says that the URL holds another token, without echoing it', async () => {
    const other = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.';
    const report = await run(`https://app.example.com/cb#access_token=${other}&id_token=${TOKEN}`);
    expect(report.input.alternatives).toHaveLength(1);
    const found = hits(report, RULE);
    expect(found).toHaveLength(2); // taken out of a URL; the URL holds another token
    for (const f of found) expect(f.message).not.toContain(other);
  });

  it('stays quiet on a clean RS256 token with its key', async () => {
    expect(await cleanHits(RULE)).toEqual([]);
  });
});
