import { CLEAN, describeRule, HOUR, NOW, type RuleCase } from '../claims/rule-cases';

const RULE = 'nbf-future';

const cases: RuleCase[] = [
  {
    name: 'catalogue example (nbf 2100-01-01)',
    token:
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1MSIsIm5iZiI6NDEwMjQ0NDgwMCwiZXhwIjo0MTAyNDQ4NDAwfQ.q7iHlE9uZya0WexW64FE80oh-D6hgjfn1RljQ04TP9o',
    expected: 'error',
  },
  { name: 'nbf in an hour', payload: { nbf: NOW + HOUR, exp: NOW + 2 * HOUR }, expected: 'error' },
  { name: 'nbf 61 s ahead', payload: { nbf: NOW + 61 }, expected: 'error' },
  { name: 'nbf 60 s ahead (within leeway)', payload: { nbf: NOW + 60 }, expected: undefined },
  { name: 'nbf in milliseconds never passes', payload: { nbf: NOW * 1000 }, expected: 'error' },
  { name: 'nbf in the past', payload: { nbf: NOW - HOUR }, expected: undefined },
  { name: 'nbf now', payload: { nbf: NOW }, expected: undefined },
  { name: 'nbf an hour ahead, leeway 2 h', payload: { nbf: NOW + HOUR }, options: { leeway: 2 * HOUR }, expected: undefined },
  { name: 'nbf as a string', payload: { nbf: String(NOW + HOUR) }, expected: undefined },
  { name: 'clean token', payload: CLEAN, expected: undefined },
];

describeRule(RULE, cases);
