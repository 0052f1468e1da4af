import { describe } from 'vitest';
import { type Case, GOOD, hs, ruleSuite } from './fijk-cases';

const RULE = 'crit-malformed';
const h = (extra: Record<string, unknown>) => hs(GOOD, { alg: 'HS256', typ: 'JWT', ...extra });

const cases: Case[] = [
  { name: 'catalogue: crit ["alg"]', token: hs({ sub: 'u1' }, { alg: 'HS256', crit: ['alg'] }), expected: 'error', count: 1 },
  { name: 'catalogue: crit []', token: hs({ sub: 'u1' }, { alg: 'HS256', crit: [] }), expected: 'error', count: 1 },
  { name: 'a string, not an array', token: h({ crit: 'b64', b64: true }), expected: 'error' },
  { name: 'non-string entry', token: h({ crit: [1] }), expected: 'error' },
  { name: 'duplicate entry', token: h({ crit: ['x', 'x'], x: 1 }), expected: 'error', count: 1 },
  { name: 'names a parameter absent from the header', token: h({ crit: ['x'] }), expected: 'error', count: 1 },
  { name: 'names a JWE-defined parameter (zip)', token: h({ crit: ['zip'], zip: 'DEF' }), expected: 'error' },
  { name: 'names a prototype property (toString) absent from the header', token: h({ crit: ['toString'] }), expected: 'error' },
  { name: 'well-formed: b64 present and listed', token: h({ crit: ['b64'], b64: true }), expected: undefined },
  { name: 'well-formed: private extension present', token: h({ crit: ['exp'], exp: 1 }), expected: undefined },
  { name: 'no crit', token: h({}), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
