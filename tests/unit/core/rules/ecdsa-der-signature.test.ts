import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { compact, hits, hmacToken, run, severityOf } from '../../helpers/mint';
import { cleanHits, esToken } from '../../helpers/sig-tokens';

const RULE = 'ecdsa-der-signature';
const HEAD = 'eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhZG1pbiJ9.';

describe(RULE, () => {
  it.each([
    ['an OpenSSL-style DER ES256 signature (catalogue)', () => esToken('ES256', {}, { sub: 'admin' }, true)],
    ['a DER ES384 signature', () => esToken('ES384', {}, { sub: 'admin' }, true)],
    ['a DER ES512 signature (long-form length)', () => esToken('ES512', {}, { sub: 'admin' }, true)],
    ['the psychic DER payload MAYCAQACAQA', () => `${HEAD}MAYCAQACAQA`],
  ])('fires on %s', async (_name, make) => {
    const token = make();
    expect(token.split('.')[2]).toMatch(/^M/);
    const report = await run(token);
    expect(severityOf(report, RULE)).toBe('error');
    expect(hits(report, RULE)[0]!.at?.part).toBe('signature');
  });

  it.each([
    ['a raw ES256 signature', () => esToken('ES256', {}, { sub: 'admin' })],
    ['a 70-byte signature that is not DER', () => compact({ alg: 'ES256' }, { sub: 'admin' }, Buffer.from([0x31, ...randomBytes(69)]).toString('base64url'))],
    ['a DER blob under HS256 (not ECDSA)', () => compact({ alg: 'HS256' }, { sub: 'admin' }, 'MAYCAQACAQA')],
    ['HS256 token', () => hmacToken({ alg: 'HS256' }, { sub: 'admin' })],
  ])('stays quiet on %s', async (_name, make) => {
    expect(hits(await run(make()), RULE)).toEqual([]);
  });

  it('stays quiet on a clean RS256 token with its key', async () => {
    expect(await cleanHits(RULE)).toEqual([]);
  });
});
