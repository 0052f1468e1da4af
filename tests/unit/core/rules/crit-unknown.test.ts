import { describe } from 'vitest';
import { type Case, GOOD, hs, ruleSuite } from './fijk-cases';

const RULE = 'crit-unknown';

const cases: Case[] = [
  {
    name: 'catalogue example (http://example.com/must-understand)',
    token:
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCIsImNyaXQiOlsiaHR0cDovL2V4YW1wbGUuY29tL211c3QtdW5kZXJzdGFuZCJdLCJodHRwOi8vZXhhbXBsZS5jb20vbXVzdC11bmRlcnN0YW5kIjp0cnVlfQ.eyJzdWIiOiJ1MSJ9.bSECzGKYpTSyUrzHzXEaWMyob2F_pfBSocUkXT6O1h8',
    expected: 'error',
    count: 1,
  },
  { name: 'two unknown names', token: hs(GOOD, { alg: 'HS256', crit: ['exp', 'foo'], exp: 1, foo: 1 }), expected: 'error', count: 2 },
  { name: 'unknown beside b64', token: hs(GOOD, { alg: 'HS256', b64: true, crit: ['b64', 'x'], x: 1 }), expected: 'error', count: 1 },
  { name: 'only b64 (understood)', token: hs(GOOD, { alg: 'HS256', b64: true, crit: ['b64'] }), expected: undefined },
  { name: 'no crit', token: hs(GOOD), expected: undefined },
  { name: 'crit not an array (crit-malformed says so)', token: hs(GOOD, { alg: 'HS256', crit: 'x', x: 1 }), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
