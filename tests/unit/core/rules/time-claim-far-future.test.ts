import { CLEAN, DAY, describeRule, NOW, type RuleCase } from '../claims/rule-cases';

const RULE = 'time-claim-far-future';
const CENTURY = 100 * 365.25 * DAY;

const cases: RuleCase[] = [
  { name: 'catalogue example (year 2286)', payload: { exp: 9999999999 }, expected: 'warning' },
  { name: 'catalogue example (year 10000)', payload: { exp: 253402300800 }, expected: 'warning' },
  { name: 'milliseconds far past year 10000', payload: { exp: NOW * 1000 }, expected: 'warning' },
  { name: '100 years and a day ahead', payload: { exp: NOW + CENTURY + DAY }, expected: 'warning' },
  { name: '99 years ahead', payload: { exp: NOW + CENTURY - 365 * DAY }, expected: undefined },
  { name: '2100-01-01', payload: { exp: 4102444800 }, expected: undefined },
  { name: 'between 1e11 and year 10000 (milliseconds rule territory)', payload: { exp: 2e11 }, expected: undefined },
  { name: 'far-future nbf is not exp', payload: { nbf: 9999999999 }, expected: undefined },
  { name: 'exp as a string', payload: { exp: '9999999999' }, expected: undefined },
  { name: 'clean token', payload: CLEAN, expected: undefined },
];

describeRule(RULE, cases);
