import { describe, expect, it } from 'vitest';
import { hits, lintKey, RFC7638_THUMBPRINT, rfc7638Key, severityOf } from '../../helpers/key-alone';
import { expectQuietOnCleanAndGarbage, jwks, rs } from './de-cases';
import { run } from '../../helpers/mint';

const RULE = 'key-kid-not-thumbprint';
/** The RFC 9449 §7.1 proof key's thumbprint: another key's. */
const OTHER = '0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I';

describe(RULE, () => {
  it('issue 12: the RFC 7638 §3.1 key with another key\'s thumbprint as kid → info', async () => {
    const report = await lintKey({ ...rfc7638Key(), kid: OTHER });
    expect(severityOf(report, RULE)).toBe('info');
    expect(report.keys.candidates[0]?.thumbprint).toBe(RFC7638_THUMBPRINT);
  });

  it('issue 12: the same key in a set, with a token → info', async () => {
    expect(severityOf(await run(rs(), { key: jwks({ ...rfc7638Key(), kid: OTHER }) }), RULE)).toBe('info');
  });

  it('a kid that is the key\'s own thumbprint → nothing', async () => {
    expect(hits(await lintKey({ ...rfc7638Key(), kid: RFC7638_THUMBPRINT }), RULE)).toEqual([]);
  });

  it('a kid of another shape ("2011-04-29", 42 or 44 characters) → nothing', async () => {
    for (const kid of ['2011-04-29', OTHER.slice(1), `${OTHER}A`]) expect(hits(await lintKey({ ...rfc7638Key(), kid }), RULE)).toEqual([]);
  });

  it('stays quiet on a clean token with its key, and on garbage', () => expectQuietOnCleanAndGarbage(RULE));
});
