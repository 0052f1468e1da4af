import { CLEAN, DAY, describeRule, HOUR, NOW, type RuleCase } from '../claims/rule-cases';

const RULE = 'iat-stale';

const cases: RuleCase[] = [
  {
    name: 'catalogue example (issued 2018, valid to 2100)',
    token:
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1MSIsImlhdCI6MTUxNjIzOTAyMiwiZXhwIjo0MTAyNDQ0ODAwfQ.Oj1WE4-CDIj5ubTkP5rTc0N7xscRYo0_V-WC2xMR4hg',
    expected: 'warning',
  },
  { name: 'issued 31 days ago, no exp', payload: { iat: NOW - 31 * DAY }, expected: 'warning' },
  { name: 'issued 31 days ago, unexpired', payload: { iat: NOW - 31 * DAY, exp: NOW + HOUR }, expected: 'warning' },
  { name: 'issued 31 days ago, expired (exp-expired says so)', payload: { iat: NOW - 31 * DAY, exp: NOW - HOUR }, expected: undefined },
  { name: 'issued 31 days ago, expired within leeway', payload: { iat: NOW - 31 * DAY, exp: NOW - 30 }, expected: 'warning' },
  { name: 'issued 29 days ago', payload: { iat: NOW - 29 * DAY }, expected: undefined },
  { name: 'access token issued 2 days ago', payload: { scope: 'read', iat: NOW - 2 * DAY, exp: NOW + HOUR }, expected: 'info' },
  { name: 'at+jwt issued 25 h ago', header: { alg: 'HS256', typ: 'at+jwt' }, payload: { iat: NOW - 25 * HOUR }, expected: 'info' },
  { name: 'generic token issued 2 days ago', payload: { iat: NOW - 2 * DAY, exp: NOW + HOUR }, expected: undefined },
  { name: 'access token issued 23 h ago', payload: { client_id: 'c', iat: NOW - 23 * HOUR }, expected: undefined },
  { name: 'custom stale age: 7 days', payload: { iat: NOW - 8 * DAY }, options: { thresholds: { staleAge: 7 * DAY } }, expected: 'warning' },
  { name: 'iat as a string', payload: { iat: String(NOW - 40 * DAY) }, expected: undefined },
  { name: 'no iat', payload: { exp: NOW + HOUR }, expected: undefined },
  { name: 'clean token', payload: CLEAN, expected: undefined },
];

describeRule(RULE, cases);
