import { describe, expect, it } from 'vitest';
import { hits, run, severityOf } from '../../helpers/mint';
import { cleanHits, edToken, esToken, fromBytes, signatureOf, toBytes, withSignature } from '../../helpers/sig-tokens';

const RULE = 'eddsa-s-out-of-range';
const L = {
  Ed25519: (1n << 252n) + 27742317777372353535851937790883648493n,
  Ed448: (1n << 446n) - 13818066809895115352007386748515426880336692474882178609894547503885n,
};

/** The same token with S replaced by S + L (little-endian, as RFC 8032 encodes it). */
function plusL(curve: 'Ed25519' | 'Ed448', alg?: string): string {
  const token = edToken(curve, alg ? { alg } : {}, { sub: 'admin' });
  const sig = signatureOf(token);
  const half = sig.length / 2;
  const s = fromBytes(sig.slice(half), true);
  return withSignature(token, new Uint8Array([...sig.slice(0, half), ...toBytes(s + L[curve], half, true)]));
}

describe(RULE, () => {
  it.each([
    ['EdDSA over Ed25519 with S + L (catalogue)', () => plusL('Ed25519')],
    ['Ed25519 with S + L', () => plusL('Ed25519', 'Ed25519')],
    ['EdDSA over Ed448 with S + L', () => plusL('Ed448')],
    ['Ed448 with S + L', () => plusL('Ed448', 'Ed448')],
  ])('fires on %s', async (_name, make) => {
    const report = await run(make());
    expect(severityOf(report, RULE)).toBe('error');
    expect(hits(report, RULE)[0]!.at?.part).toBe('signature');
  });

  it.each([
    ['a real EdDSA/Ed25519 token', () => edToken('Ed25519', {}, { sub: 'admin' })],
    ['a real Ed448 token', () => edToken('Ed448', { alg: 'Ed448' }, { sub: 'admin' })],
    ['ES256 (not EdDSA)', () => esToken('ES256', {}, { sub: 'admin' })],
  ])('stays quiet on %s', async (_name, make) => {
    expect(hits(await run(make()), RULE)).toEqual([]);
  });

  it('stays quiet on a clean RS256 token with its key', async () => {
    expect(await cleanHits(RULE)).toEqual([]);
  });
});
