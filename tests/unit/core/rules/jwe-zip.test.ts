import { describe } from 'vitest';
import { type Case, GOOD, hs, jwe, ruleSuite } from './fijk-cases';

const RULE = 'jwe-zip';

const cases: Case[] = [
  { name: 'catalogue: dir, A256GCM, zip DEF', token: jwe({ alg: 'dir', enc: 'A256GCM', zip: 'DEF' }), expected: 'warning', count: 1 },
  { name: 'zip with an unknown value', token: jwe({ alg: 'dir', enc: 'A256GCM', zip: 'GZ' }), expected: 'warning' },
  { name: 'no zip', token: jwe({ alg: 'dir', enc: 'A256GCM' }), expected: undefined },
  { name: 'zip in a signed token (zip-in-jws says so)', token: hs(GOOD, { alg: 'HS256', zip: 'DEF' }), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
