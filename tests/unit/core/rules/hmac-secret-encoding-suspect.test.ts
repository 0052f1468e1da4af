import { describe, expect, it } from 'vitest';
import { looksEncoded } from '../../../../src/core/rules/hmac-secret-encoding-suspect';
import { type Case, GOOD, hs, rs, ruleSuite, STRONG } from './de-cases';

const RULE = 'hmac-secret-encoding-suspect';
const B64 = 'c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0MTI=';
const decoded = Buffer.from(B64, 'base64');
const HEX = '9f'.repeat(8) + '0a1b2c3d4e5f6071'.repeat(3);

const cases: Case[] = [
  { name: 'catalogue example: base64 text that only verifies decoded', token: hs({ alg: 'HS256' }, GOOD, decoded), key: B64, expected: 'info', at: false },
  { name: 'base64-looking text that verifies as text', token: hs({ alg: 'HS256' }, GOOD, B64), key: B64, expected: 'info', at: false },
  { name: 'hex text that verifies as text', token: hs({ alg: 'HS256' }, GOOD, HEX), key: HEX, expected: 'info', at: false },
  {
    name: 'read as utf8 (chosen) but it verifies as base64',
    token: hs({ alg: 'HS256' }, GOOD, decoded),
    key: B64,
    secretEncoding: 'utf8',
    expected: 'info',
    at: false,
  },
  { name: 'utf8 chosen, looks hex, does not verify', token: hs(), key: HEX, secretEncoding: 'utf8', expected: 'info', at: false },
  { name: 'plain text secret verifying as text', token: hs(), key: STRONG, expected: undefined },
  { name: 'base64 chosen and verifying', token: hs({ alg: 'HS256' }, GOOD, decoded), key: B64, secretEncoding: 'base64', expected: undefined },
  { name: 'wrong plain secret', token: hs(), key: 'another plain secret of some length', expected: undefined },
  { name: 'RS256', token: rs(), expected: undefined },
];

describe(RULE, () => {
  ruleSuite(RULE, cases);
  it.each([
    [B64, 'base64'],
    ['c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0MTI', 'base64url'],
    [HEX, 'hex'],
    ['abc', undefined],
    ['correct horse battery', undefined],
    ['supersecretpassword', undefined],
    ['usr/local/bin/secret', undefined],
    ['q8Vx3b1Zr7TmPq2LkW9sYe4NcHa6JdUfR2', undefined],
  ])('looksEncoded(%j) = %s', (text, expected) => {
    expect(looksEncoded(text)).toBe(expected);
  });
});
