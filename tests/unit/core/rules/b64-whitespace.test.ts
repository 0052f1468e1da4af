import { describe, expect, it } from 'vitest';
import { hits, hmacToken, run, severityOf } from '../../helpers/mint';
import { cleanHits } from '../../helpers/sig-tokens';

const RULE = 'b64-whitespace';
const TOKEN = hmacToken({ alg: 'HS256', typ: 'JWT' }, { sub: 'u1', exp: 4102444800 });
const [H, P, S] = TOKEN.split('.') as [string, string, string];

describe(RULE, () => {
  it.each([
    ['a line break after the first dot (catalogue)', `${H}.\n${P}.${S}`],
    ['CRLF inside the payload', `${H}.${P.slice(0, 10)}\r\n${P.slice(10)}.${S}`],
    ['a space inside the signature', `${H}.${P}.${S.slice(0, 20)} ${S.slice(20)}`],
    ['a tab inside the header', `${H.slice(0, 8)}\t${H.slice(8)}.${P}.${S}`],
  ])('fires on %s', async (_name, token) => {
    const report = await run(token);
    expect(severityOf(report, RULE)).toBe('warning');
    expect(hits(report, RULE)[0]!.at).toBeDefined();
  });

  it.each([
    ['a bare token', TOKEN],
    ['a trailing newline only (input-surrounding-noise instead)', `${TOKEN}\n`],
    ['spaces around the token', `  ${TOKEN}  `],
  ])('stays quiet on %s', async (_name, token) => {
    expect(hits(await run(token), RULE)).toEqual([]);
  });

  it('stays quiet on a clean RS256 token with its key', async () => {
    expect(await cleanHits(RULE)).toEqual([]);
  });
});
