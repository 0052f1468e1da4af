import { describe } from 'vitest';
import { type Case, jwe, ruleSuite } from './fijk-cases';

const RULE = 'jwe-dir';

const cases: Case[] = [
  { name: 'catalogue: dir, empty encrypted key', token: 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIn0..AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA', expected: 'info', count: 1 },
  { name: 'catalogue error variant: dir with an encrypted key', token: jwe({ alg: 'dir', enc: 'A128GCM' }, 'AAAAAAAA'), expected: 'error', count: 1 },
  { name: 'A128KW', token: jwe({ alg: 'A128KW', enc: 'A128GCM' }, 'AAAAAAAA'), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
