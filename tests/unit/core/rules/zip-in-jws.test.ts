import { describe } from 'vitest';
import { type Case, GOOD, hs, jwe, ruleSuite } from './fijk-cases';

const RULE = 'zip-in-jws';

const cases: Case[] = [
  {
    name: 'catalogue example (zip DEF in HS256)',
    token:
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCIsInppcCI6IkRFRiJ9.eyJzdWIiOiJ1MSJ9.EuD08L1xrrD8Cd7GvRuzZixF8WwTci3w4SM_xyoqzeE',
    expected: 'warning',
  },
  { name: 'zip with an odd value', token: hs(GOOD, { alg: 'HS256', zip: 'GZIP' }), expected: 'warning' },
  { name: 'JWE with zip (jwe-zip says so)', token: jwe({ alg: 'dir', enc: 'A256GCM', zip: 'DEF' }), expected: undefined },
  { name: 'no zip', token: hs(GOOD), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
