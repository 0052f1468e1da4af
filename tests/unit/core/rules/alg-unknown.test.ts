import { describe, expect, it } from 'vitest';
import { compact, hits, hmacToken, run, severityOf } from '../../helpers/mint';
import { cleanHits, edToken, esToken } from '../../helpers/sig-tokens';

const RULE = 'alg-unknown';
const PAYLOAD = { sub: 'u1' };

describe(RULE, () => {
  it.each([
    ['hs256 lower case (catalogue)', compact({ alg: 'hs256' }, PAYLOAD, 'c2ln'), 'warning'],
    ['RS256 with a trailing space', compact({ alg: 'RS256 ' }, PAYLOAD, 'c2ln'), 'warning'],
    ['HS1', compact({ alg: 'HS1' }, PAYLOAD, 'c2ln'), 'warning'],
    ['JWE alg RSA1_5 in a 3-part token (catalogue)', compact({ alg: 'RSA1_5' }, PAYLOAD, 'c2ln'), 'warning'],
    ['JWE alg dir in a 3-part token', compact({ alg: 'dir' }, PAYLOAD, 'c2ln'), 'warning'],
  ])('fires on %s', async (_name, token, severity) => {
    const report = await run(token);
    expect(severityOf(report, RULE)).toBe(severity);
    expect(hits(report, RULE)[0]!.at?.part).toBe('header');
  });

  it.each([
    ['HS256', hmacToken({ alg: 'HS256' }, PAYLOAD)],
    ['HS512', hmacToken({ alg: 'HS512' }, PAYLOAD)],
    ['ES256', esToken('ES256', {}, PAYLOAD)],
    ['ES256K', esToken('ES256K', {}, PAYLOAD)],
    ['EdDSA', edToken('Ed25519', {}, PAYLOAD)],
    ['Ed25519 (RFC 9864)', edToken('Ed25519', { alg: 'Ed25519' }, PAYLOAD)],
    ['PS384', compact({ alg: 'PS384' }, PAYLOAD, 'c2ln')],
    ['ML-DSA-65 (RFC 9964, verified since issue 12)', compact({ alg: 'ML-DSA-65' }, PAYLOAD, 'c2ln')],
    ['none (another rule)', compact({ alg: 'none' }, PAYLOAD)],
    ['NONE (another rule)', compact({ alg: 'NONE' }, PAYLOAD)],
    ['missing alg (another rule)', compact({ typ: 'JWT' }, PAYLOAD, 'c2ln')],
  ])('stays quiet on %s', async (_name, token) => {
    expect(hits(await run(token), RULE)).toEqual([]);
  });

  it('stays quiet on a clean RS256 token with its key', async () => {
    expect(await cleanHits(RULE)).toEqual([]);
  });
});
