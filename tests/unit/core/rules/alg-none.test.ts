import { describe, expect, it } from 'vitest';
import { b64url, compact, hits, hmacToken, run, severityOf } from '../../helpers/mint';
import { cleanHits } from '../../helpers/sig-tokens';

const RULE = 'alg-none';

describe(RULE, () => {
  it.each([
    ['catalogue example', 'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJhZG1pbiJ9.'],
    [
      "jwt.io's unsecured example",
      'eyJhbGciOiJub25lIn0.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiYWRtaW4iOnRydWUsImlhdCI6MTczNjI5MjEyNH0.',
    ],
    ['none with a kept signature', 'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJhZG1pbiJ9.PGnRccPTXeaxA8nzfytWewWRkizJa_ihI_3H6ec-Zbw'],
  ])('fires on %s', async (_name, token) => {
    const report = await run(token);
    expect(severityOf(report, RULE)).toBe('error');
    expect(report.signature.status).toBe('unsecured');
    expect(hits(report, RULE)[0]!.at?.part).toBe('header');
  });

  it('fires on one unsigned signature among several in a general JSON serialization', async () => {
    const general = JSON.stringify({
      payload: b64url('{"sub":"admin"}'),
      signatures: [
        { protected: b64url('{"alg":"HS256"}'), signature: b64url('x'.repeat(32)) },
        { protected: b64url('{"alg":"none"}'), signature: '' },
      ],
    });
    const found = hits(await run(general), RULE);
    expect(found.map((f) => f.severity)).toEqual(['error']);
    expect(found[0]!.at?.part).toBe('token');
  });

  it.each([
    ['None (alg-none-variant instead)', 'eyJhbGciOiJOb25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJhZG1pbiJ9.'],
    ['NONE', 'eyJhbGciOiJOT05FIiwidHlwIjoiSldUIn0.eyJzdWIiOiJhZG1pbiJ9.'],
    ['HS256 token', hmacToken({ alg: 'HS256' }, { sub: 'u1' })],
    ['"none" as a claim value, not the alg', hmacToken({ alg: 'HS256' }, { alg: 'none' })],
    ['no alg at all', compact({ typ: 'JWT' }, { sub: 'u1' })],
  ])('stays quiet on %s', async (_name, token) => {
    expect(hits(await run(token), RULE)).toEqual([]);
  });

  it('stays quiet on a clean RS256 token with its key', async () => {
    expect(await cleanHits(RULE)).toEqual([]);
  });
});
