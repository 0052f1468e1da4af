import { describe } from 'vitest';
import { type Case, GOOD, hs, jwe, ruleSuite } from './fijk-cases';

const RULE = 'jwe-compact';

const cases: Case[] = [
  { name: 'catalogue: dir + A128GCM', token: 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIn0..AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA', expected: 'info', count: 1 },
  { name: 'RSA-OAEP-256 with an encrypted key', token: jwe({ alg: 'RSA-OAEP-256', enc: 'A256GCM' }, 'AAAAAAAA'), expected: 'info' },
  { name: 'signed token', token: hs(GOOD), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
