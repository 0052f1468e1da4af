import { describe } from 'vitest';
import { type Case, jwe, ruleSuite } from './fijk-cases';

const RULE = 'jwe-pbes2-p2c';
const pbes2 = (p2c: unknown) =>
  jwe({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM', p2s: 'c2FsdHNhbHRzYWx0', ...(p2c === undefined ? {} : { p2c }) }, 'AAAAAAAA');

const cases: Case[] = [
  { name: 'catalogue: p2c 2147483647', token: pbes2(2147483647), expected: 'warning', count: 1 },
  { name: 'catalogue: p2c 10', token: pbes2(10), expected: 'warning', count: 1 },
  { name: 'just above the DoS limit', token: pbes2(1_200_001), expected: 'warning' },
  { name: 'just below the minimum', token: pbes2(999), expected: 'warning' },
  { name: 'p2c missing', token: pbes2(undefined), expected: 'warning' },
  { name: 'p2c a string', token: pbes2('600000'), expected: 'warning' },
  { name: 'sane p2c: still a password-derived key', token: pbes2(600_000), expected: 'info' },
  { name: 'exactly the limits', token: pbes2(1_200_000), expected: 'info' },
  { name: 'not PBES2', token: jwe({ alg: 'A128KW', enc: 'A128GCM', p2c: 10 }, 'AAAAAAAA'), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
