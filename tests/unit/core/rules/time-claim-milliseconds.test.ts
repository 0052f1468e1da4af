import { CLEAN, describeRule, NOW, type RuleCase } from '../claims/rule-cases';

const RULE = 'time-claim-milliseconds';

const cases: RuleCase[] = [
  {
    name: 'catalogue example (exp 1767229200000)',
    token:
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1MSIsImlhdCI6MTc2NzIyNTYwMDAwMCwiZXhwIjoxNzY3MjI5MjAwMDAwfQ.s9lz808mna9f-8q-VndrySoDITH9ZF51DP27-n17JdY',
    expected: 'warning',
  },
  { name: 'exp at 1e11', payload: { exp: 1e11 }, expected: 'warning' },
  { name: 'nbf in milliseconds', payload: { nbf: NOW * 1000 }, expected: 'warning' },
  { name: 'iat in microseconds', payload: { iat: NOW * 1e6 }, expected: 'warning' },
  { name: 'exp in nanoseconds', payload: { exp: NOW * 1e9 }, expected: 'warning' },
  { name: 'exp just below 1e11', payload: { exp: 99_999_999_999 }, expected: undefined },
  { name: 'seconds', payload: { iat: NOW, nbf: NOW, exp: NOW + 600 }, expected: undefined },
  { name: 'auth_time is not one of the three', payload: { auth_time: NOW * 1000 }, expected: undefined },
  { name: 'milliseconds as a string', payload: { exp: String(NOW * 1000) }, expected: undefined },
  { name: 'custom threshold 1e12', payload: { exp: 5e11 }, options: { thresholds: { millisecondsFrom: 1e12 } }, expected: undefined },
  { name: 'clean token', payload: CLEAN, expected: undefined },
];

describeRule(RULE, cases);
