import { CLEAN, describeRule, HOUR, NOW, type RuleCase } from '../claims/rule-cases';

const RULE = 'exp-expired';

const cases: RuleCase[] = [
  {
    name: 'catalogue example (exp 2018-01-18)',
    token:
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1MSIsImlhdCI6MTUxNjIzOTAyMiwiZXhwIjoxNTE2MjQyNjIyfQ.1TBac53puxV0Hvpo9ssloYh_i0oV15kWIV2wqG6MgO0',
    expected: 'error',
  },
  { name: 'expired an hour ago', payload: { sub: 'u1', exp: NOW - HOUR }, expected: 'error' },
  { name: 'expired 61 s ago (past the 60 s leeway)', payload: { exp: NOW - 61 }, expected: 'error' },
  { name: 'expired 60 s ago (within leeway)', payload: { exp: NOW - 60 }, expected: undefined },
  { name: 'expired 30 s ago, leeway 0', payload: { exp: NOW - 30 }, options: { leeway: 0 }, expected: 'error' },
  { name: 'expired an hour ago, leeway 2 h', payload: { exp: NOW - HOUR }, options: { leeway: 2 * HOUR }, expected: undefined },
  { name: 'clock set before exp', payload: { exp: NOW - HOUR }, options: { now: NOW - 2 * HOUR }, expected: undefined },
  { name: 'valid token', payload: CLEAN, expected: undefined },
  { name: 'no exp', payload: { sub: 'u1' }, expected: undefined },
  { name: 'exp as a string', payload: { exp: String(NOW - HOUR) }, expected: undefined },
  { name: 'exp in milliseconds (never expires)', payload: { exp: (NOW - HOUR) * 1000 }, expected: undefined },
];

describeRule(RULE, cases);
