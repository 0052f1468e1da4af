import { describe, expect, it } from 'vitest';
import { compact, hits, hmacToken, run, severityOf } from '../../helpers/mint';
import { cleanToken, edToken, esToken } from '../../helpers/sig-tokens';

const RULE = 'alg-not-recommended';
const PAYLOAD = { sub: 'u1' };

describe(RULE, () => {
  it.each([
    ["jwt.io's RS256 header (catalogue)", compact('{"alg":"RS256","typ":"JWT"}', PAYLOAD, 'c2ln')],
    ['RS384', compact({ alg: 'RS384' }, PAYLOAD, 'c2ln')],
    ['RS512', compact({ alg: 'RS512' }, PAYLOAD, 'c2ln')],
    ['polymorphic EdDSA', edToken('Ed25519', {}, PAYLOAD)],
  ])('fires on %s', async (_name, token) => {
    const report = await run(token);
    expect(severityOf(report, RULE)).toBe('info');
    expect(hits(report, RULE)[0]!.at?.part).toBe('header');
  });

  it.each([
    ['Ed25519', edToken('Ed25519', { alg: 'Ed25519' }, PAYLOAD)],
    ['ES256', esToken('ES256', {}, PAYLOAD)],
    ['PS256', compact({ alg: 'PS256' }, PAYLOAD, 'c2ln')],
    ['HS256', hmacToken({ alg: 'HS256' }, PAYLOAD)],
    ['rs256 in lower case (alg-unknown instead)', compact({ alg: 'rs256' }, PAYLOAD, 'c2ln')],
  ])('stays quiet on %s', async (_name, token) => {
    expect(hits(await run(token), RULE)).toEqual([]);
  });

  it('says no more than info on a clean RS256 token with its key', async () => {
    const { token, key } = cleanToken();
    expect(hits(await run(token, { key }), RULE).map((f) => f.severity)).toEqual(['info']);
  });
});
