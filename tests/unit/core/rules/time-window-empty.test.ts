import { CLEAN, describeRule, HOUR, NOW, type RuleCase } from '../claims/rule-cases';

const RULE = 'time-window-empty';

const cases: RuleCase[] = [
  { name: 'catalogue example (expires an hour before issue)', payload: { iat: 1767229200, exp: 1767225600 }, expected: 'error' },
  { name: 'exp equals iat', payload: { iat: NOW, exp: NOW }, expected: 'error' },
  { name: 'exp before nbf', payload: { nbf: NOW + HOUR, exp: NOW + 60 }, expected: 'error' },
  { name: 'exp equals nbf', payload: { nbf: NOW + HOUR, exp: NOW + HOUR }, expected: 'error' },
  { name: 'iat in ms, exp in seconds', payload: { iat: NOW * 1000, exp: NOW + HOUR }, expected: 'error' },
  { name: 'expired but the window was fine', payload: { iat: NOW - 2 * HOUR, exp: NOW - HOUR }, expected: undefined },
  { name: 'exp one second after iat', payload: { iat: NOW, exp: NOW + 1 }, expected: undefined },
  { name: 'no exp', payload: { iat: NOW, nbf: NOW }, expected: undefined },
  { name: 'no iat or nbf', payload: { exp: NOW - HOUR }, expected: undefined },
  { name: 'iat as a string', payload: { iat: String(NOW + HOUR), exp: NOW }, expected: undefined },
  { name: 'clean token', payload: CLEAN, expected: undefined },
];

describeRule(RULE, cases);
