import { describe } from 'vitest';
import { type Case, GOOD, hs, ruleSuite } from './fijk-cases';

const RULE = 'time-claim-negative';

const cases: Case[] = [
  { name: 'catalogue: exp -1', token: hs({ exp: -1 }), expected: 'warning', count: 1 },
  { name: 'iat 0', token: hs({ ...GOOD, iat: 0 }), expected: 'warning' },
  { name: 'nbf -0.5', token: hs('{"sub":"u1","nbf":-0.5,"exp":4102444800}'), expected: 'warning' },
  { name: 'all three', token: hs({ exp: 0, nbf: -5, iat: -10 }), expected: 'warning', count: 3 },
  { name: 'exp 1 (1970, but positive)', token: hs({ exp: 1 }), expected: undefined },
  { name: 'negative non-time claim', token: hs({ ...GOOD, balance: -3 }), expected: undefined },
  { name: 'exp as a negative string', token: hs({ exp: '-1' }), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
