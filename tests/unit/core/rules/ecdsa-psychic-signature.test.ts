import { describe, expect, it } from 'vitest';
import { b64url, compact, hits, hmacToken, run, severityOf } from '../../helpers/mint';
import { cleanHits, esToken, signatureOf, toBytes, withSignature } from '../../helpers/sig-tokens';

const RULE = 'ecdsa-psychic-signature';
const HEAD = 'eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhZG1pbiJ9.';
const zeroR = (alg: 'ES256' | 'ES384') => {
  const token = esToken(alg, {}, { sub: 'admin' });
  const sig = signatureOf(token);
  return withSignature(token, new Uint8Array([...new Uint8Array(sig.length / 2), ...sig.slice(sig.length / 2)]));
};

describe(RULE, () => {
  it.each([
    ['raw r = s = 0: 86 A characters (catalogue)', () => HEAD + 'A'.repeat(86)],
    ['DER r = s = 0: MAYCAQACAQA (catalogue)', () => `${HEAD}MAYCAQACAQA`],
    ['ES256 with only r = 0', () => zeroR('ES256')],
    ['ES384 with only r = 0', () => zeroR('ES384')],
    ['ES256 with only s = 0', () => compact({ alg: 'ES256' }, { sub: 'admin' }, Buffer.from([...toBytes(5n, 32), ...toBytes(0n, 32)]).toString('base64url'))],
    ['ES512 with 64 zero bytes (wrong length, all zero)', () => compact({ alg: 'ES512' }, { sub: 'admin' }, 'A'.repeat(86))],
  ])('fires on %s', async (_name, make) => {
    const report = await run(make());
    expect(severityOf(report, RULE)).toBe('error');
    expect(hits(report, RULE)[0]!.at?.part).toBe('signature');
  });

  it('fires on the second signature of a general JSON serialization, pointing at it', async () => {
    const general = JSON.stringify({
      payload: b64url('{"sub":"admin"}'),
      signatures: [
        { protected: b64url('{"alg":"HS256"}'), signature: b64url('x'.repeat(32)) },
        { protected: b64url('{"alg":"ES256"}'), signature: 'A'.repeat(86) },
      ],
    });
    const [hit, ...rest] = hits(await run(general), RULE);
    expect(rest).toEqual([]);
    expect(hit!.severity).toBe('error');
    expect(hit!.at?.part).toBe('signature');
    expect(general.slice(hit!.at!.from, hit!.at!.to)).toBe('A'.repeat(86));
  });

  it.each([
    ['a real ES256 token', () => esToken('ES256', {}, { sub: 'admin' })],
    ['a real ES256 DER token', () => esToken('ES256', {}, { sub: 'admin' }, true)],
    ['HS256 with an all-zero signature (not ECDSA)', () => compact({ alg: 'HS256' }, { sub: 'admin' }, 'A'.repeat(43))],
    ['ES256 with an empty signature', () => HEAD],
    ['HS256 token', () => hmacToken({ alg: 'HS256' }, { sub: 'admin' })],
  ])('stays quiet on %s', async (_name, make) => {
    expect(hits(await run(make()), RULE)).toEqual([]);
  });

  it('stays quiet on a clean RS256 token with its key', async () => {
    expect(await cleanHits(RULE)).toEqual([]);
  });
});
