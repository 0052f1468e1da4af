import { describe } from 'vitest';
import { type Case, GOOD, hs, rs, ruleSuite, STRONG } from './de-cases';

const RULE = 'hmac-secret-too-short';
const CATALOGUE = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1MSIsImV4cCI6NDEwMjQ0NDgwMH0.h_hkkj9D-caNwNEnJpBOhvwUhe9TG5PDA5ZFNjoIm2w';
const hex32 = 'a1'.repeat(32);
const b64of = (n: number) => Buffer.alloc(n, 7).toString('base64');

const cases: Case[] = [
  { name: 'catalogue example: secret `k` (1 byte)', token: CATALOGUE, key: 'k', expected: 'error', at: false },
  { name: 'HS256, 31-character secret', token: hs({ alg: 'HS256' }, GOOD, 'x'.repeat(31)), key: 'x'.repeat(31), expected: 'error', at: false },
  { name: 'HS384, 32-byte secret', token: hs({ alg: 'HS384' }, GOOD, STRONG), key: STRONG, expected: 'error', at: false },
  { name: 'HS512, 48-byte secret', token: hs({ alg: 'HS512' }, GOOD, 'y'.repeat(48)), key: 'y'.repeat(48), expected: 'error', at: false },
  {
    name: '44 base64 characters that verify decoded: 32 bytes is enough',
    token: hs({ alg: 'HS256' }, GOOD, Buffer.from(b64of(32), 'base64')),
    key: b64of(32),
    expected: undefined,
  },
  {
    name: '32 hex characters read as hex: 16 bytes',
    token: hs({ alg: 'HS256' }, GOOD, Buffer.from('ab'.repeat(16), 'hex')),
    key: 'ab'.repeat(16),
    secretEncoding: 'hex',
    expected: 'error',
    at: false,
  },
  { name: 'HS256, 64 hex characters used as text (64 bytes)', token: hs({ alg: 'HS256' }, GOOD, hex32), key: hex32, expected: undefined },
  { name: 'HS256, 34-byte secret', token: hs(), key: STRONG, expected: undefined },
  { name: 'no secret supplied', token: hs({ alg: 'HS256' }, GOOD, 'k'), expected: undefined },
  { name: 'RS256', token: rs(), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
