import { describe, expect, it } from 'vitest';
import { hits, run, severityOf } from '../../helpers/mint';
import { cleanHits } from '../../helpers/sig-tokens';

const RULE = 'input-auth-scheme-prefix';
const TOKEN = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1MSIsImV4cCI6NDEwMjQ0NDgwMH0.h_hkkj9D-caNwNEnJpBOhvwUhe9TG5PDA5ZFNjoIm2w';

describe(RULE, () => {
  it.each([
    ['Bearer (catalogue)', `Bearer ${TOKEN}`],
    ['lower-case bearer', `bearer ${TOKEN}`],
    ['Authorization: Bearer', `Authorization: Bearer ${TOKEN}`],
    ['JWT scheme', `JWT ${TOKEN}`],
    ['Token scheme', `Token ${TOKEN}`],
    ['Cookie: name=', `Cookie: session=${TOKEN}`],
    ['a cookie line with other cookies', `Cookie: a=1; session=${TOKEN}; b=2`],
    ['leading spaces before Bearer', `  Bearer ${TOKEN}`],
    ['issue 16: a curl command with an Authorization header', `curl https://api.example/x -H 'Authorization: Bearer ${TOKEN}'`],
    ['issue 16: a curl command with a custom token header', `curl https://api.example/x -H 'X-Auth-Token: ${TOKEN}'`],
    ['issue 16: an HTTP request', `GET /x HTTP/1.1\nHost: api.example\nAuthorization: Bearer ${TOKEN}\n`],
  ])('fires on %s', async (_name, input) => {
    const report = await run(input);
    expect(severityOf(report, RULE)).toBe('info');
    expect(report.kind).toBe('jws');
  });

  it.each([
    ['a bare token', TOKEN],
    ['a quoted token (input-surrounding-noise instead)', `"${TOKEN}"`],
    ['the word Bearer inside a claim', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJCZWFyZXIgeCJ9.'],
    ['issue 16: an HTTP request with the token in its URL', `GET /cb?id_token=${TOKEN} HTTP/1.1\nHost: app.example\n`],
  ])('stays quiet on %s', async (_name, input) => {
    expect(hits(await run(input), RULE)).toEqual([]);
  });

  it('does not repeat other cookie values in its message', async () => {
    const [hit] = hits(await run(`Cookie: other=s3cr3tvalue; session=${TOKEN}`), RULE);
    expect(hit).toBeDefined();
    expect(hit!.message).not.toContain('s3cr3tvalue');
  });

  it('stays quiet on a clean RS256 token with its key', async () => {
    expect(await cleanHits(RULE)).toEqual([]);
  });
});
