import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { compact, hits, hmacToken, rs256Token, rsaPublicPem, run, severityOf } from '../../helpers/mint';
import { cleanHits, edPublicJwk, edToken, esToken, signatureOf, withSignature } from '../../helpers/sig-tokens';

const RULE = 'sig-length-mismatch';
const PAYLOAD = { sub: 'u1' };
const sig = (n: number) => Buffer.from(randomBytes(n)).toString('base64url');
const chop = (token: string, n: number) => token.slice(0, -n);

describe(RULE, () => {
  it.each([
    ['HS256 with 4 characters cut (catalogue)', () => chop(hmacToken({ alg: 'HS256' }, PAYLOAD), 4)],
    ['HS384 with a 32-byte signature', () => compact({ alg: 'HS384' }, PAYLOAD, sig(32))],
    ['HS512 with 4 characters cut', () => chop(hmacToken({ alg: 'HS512' }, PAYLOAD), 4)],
    ['ES256 with a 63-byte signature (catalogue)', () => compact({ alg: 'ES256' }, PAYLOAD, sig(63))],
    ['ES256 with a DER signature', () => esToken('ES256', {}, PAYLOAD, true)],
    ['ES384 with a 64-byte signature', () => compact({ alg: 'ES384' }, PAYLOAD, sig(64))],
    ['ES512 with a 130-byte signature', () => compact({ alg: 'ES512' }, PAYLOAD, sig(130))],
    ['ES256K with a 65-byte signature', () => compact({ alg: 'ES256K' }, PAYLOAD, sig(65))],
    ['Ed25519 with a 63-byte signature', () => compact({ alg: 'Ed25519' }, PAYLOAD, sig(63))],
    ['Ed448 with a 64-byte signature', () => compact({ alg: 'Ed448' }, PAYLOAD, sig(64))],
    ['EdDSA with a 100-byte signature', () => compact({ alg: 'EdDSA' }, PAYLOAD, sig(100))],
  ])('fires on %s', async (_name, make) => {
    const report = await run(make());
    expect(severityOf(report, RULE)).toBe('error');
    expect(hits(report, RULE)[0]!.at?.part).toBe('signature');
  });

  it('fires on an RS256 signature shorter than the given 2048-bit key', async () => {
    const token = rs256Token({ alg: 'RS256' }, PAYLOAD);
    const short = withSignature(token, signatureOf(token).slice(1));
    expect(severityOf(await run(short, { key: rsaPublicPem() }), RULE)).toBe('error');
  });

  it('fires on a 64-byte EdDSA signature when the given key is Ed448', async () => {
    const token = edToken('Ed25519', {}, PAYLOAD);
    expect(severityOf(await run(token, { key: edPublicJwk('Ed448') }), RULE)).toBe('error');
  });

  it.each([
    ['HS256', () => hmacToken({ alg: 'HS256' }, PAYLOAD)],
    ['HS384', () => hmacToken({ alg: 'HS384' }, PAYLOAD)],
    ['HS512', () => hmacToken({ alg: 'HS512' }, PAYLOAD)],
    ['ES256', () => esToken('ES256', {}, PAYLOAD)],
    ['ES384', () => esToken('ES384', {}, PAYLOAD)],
    ['ES512', () => esToken('ES512', {}, PAYLOAD)],
    ['ES256K', () => esToken('ES256K', {}, PAYLOAD)],
    ['EdDSA over Ed25519', () => edToken('Ed25519', {}, PAYLOAD)],
    ['EdDSA over Ed448', () => edToken('Ed448', {}, PAYLOAD)],
    ['Ed448', () => edToken('Ed448', { alg: 'Ed448' }, PAYLOAD)],
    ['RS256 without a key (length unknown)', () => compact({ alg: 'RS256' }, PAYLOAD, sig(100))],
    ['empty signature (sig-empty instead)', () => compact({ alg: 'HS256' }, PAYLOAD)],
    ['alg none', () => compact({ alg: 'none' }, PAYLOAD)],
    ['unknown alg', () => compact({ alg: 'XY256' }, PAYLOAD, sig(3))],
  ])('stays quiet on %s', async (_name, make) => {
    expect(hits(await run(make()), RULE)).toEqual([]);
  });

  it('stays quiet on a clean RS256 token with its key', async () => {
    expect(await cleanHits(RULE)).toEqual([]);
  });
});
