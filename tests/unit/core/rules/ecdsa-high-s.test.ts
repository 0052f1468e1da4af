import { describe, expect, it } from 'vitest';
import { hits, run, severityOf } from '../../helpers/mint';
import { cleanHits, esPublicJwk, esToken, flipS, fromBytes, P256_N, signatureOf } from '../../helpers/sig-tokens';

const RULE = 'ecdsa-high-s';

/** A real ES256 token whose s is in the lower half (Node does not normalise s). */
function lowS(payload: Record<string, unknown>): string {
  const token = esToken('ES256', {}, payload);
  const s = fromBytes(signatureOf(token).slice(32));
  return s > P256_N / 2n ? flipS(token) : token;
}

describe(RULE, () => {
  it.each([1, 2, 3])('fires on a real ES256 token with s replaced by n - s (#%i)', async (i) => {
    const report = await run(flipS(lowS({ sub: 'admin', i })), { key: esPublicJwk('ES256') });
    expect(severityOf(report, RULE)).toBe('info');
    expect(hits(report, RULE)[0]!.at?.part).toBe('signature');
  });

  it.each([1, 2, 3])('stays quiet on a real ES256 token with low s (#%i)', async (i) => {
    expect(hits(await run(lowS({ sub: 'admin', i })), RULE)).toEqual([]);
  });

  it('stays quiet when s is at or above n (ecdsa-scalar-out-of-range instead)', async () => {
    const token = lowS({ sub: 'admin' });
    const sig = signatureOf(token);
    const head = token.slice(0, token.lastIndexOf('.') + 1);
    const nBytes = Buffer.from(P256_N.toString(16), 'hex');
    expect(hits(await run(head + Buffer.concat([sig.slice(0, 32), nBytes]).toString('base64url')), RULE)).toEqual([]);
  });

  it('stays quiet on a clean RS256 token with its key', async () => {
    expect(await cleanHits(RULE)).toEqual([]);
  });
});
