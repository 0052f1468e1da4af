import { CLEAN, DAY, describeRule, HOUR, NOW, type RuleCase } from '../claims/rule-cases';

const RULE = 'iat-future';

const cases: RuleCase[] = [
  {
    name: 'catalogue example (iat in 2100)',
    token:
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1MSIsImlhdCI6NDEwMjQ0NDgwMCwiZXhwIjo0MTAyNDQ4NDAwfQ.qBV8VJ8d0nfJvcWxITw33VJX31iTau-hGZs2hnmGM2k',
    expected: 'error',
  },
  { name: 'iat an hour ahead', payload: { iat: NOW + HOUR }, expected: 'warning' },
  { name: 'iat 61 s ahead', payload: { iat: NOW + 61 }, expected: 'warning' },
  { name: 'iat exactly 24 h ahead', payload: { iat: NOW + DAY }, expected: 'warning' },
  { name: 'iat 24 h + 1 s ahead', payload: { iat: NOW + DAY + 1 }, expected: 'error' },
  { name: 'iat in milliseconds', payload: { iat: NOW * 1000 }, expected: 'error' },
  { name: 'iat 60 s ahead (within leeway)', payload: { iat: NOW + 60 }, expected: undefined },
  { name: 'iat an hour ahead, leeway 2 h', payload: { iat: NOW + HOUR }, options: { leeway: 2 * HOUR }, expected: undefined },
  { name: 'iat in the past', payload: { iat: NOW - HOUR }, expected: undefined },
  { name: 'iat as a string', payload: { iat: String(NOW + DAY * 2) }, expected: undefined },
  { name: 'clean token', payload: CLEAN, expected: undefined },
];

describeRule(RULE, cases);
