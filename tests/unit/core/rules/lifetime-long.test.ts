import { CLEAN, DAY, describeRule, HOUR, NOW, type RuleCase } from '../claims/rule-cases';

const RULE = 'lifetime-long';
const AT = { alg: 'HS256', typ: 'at+jwt' };

const cases: RuleCase[] = [
  {
    name: 'catalogue example (365 days)',
    token:
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1MSIsImlhdCI6MTc2NzIyNTYwMCwiZXhwIjoxNzk4NzYxNjAwfQ.V4itCEU68n8Iiy0m9_xh1q4enbTuEpVPojkOxX7SMc4',
    expected: 'warning',
  },
  { name: 'generic token, 25 h', payload: { iat: NOW, exp: NOW + 25 * HOUR }, expected: 'warning' },
  { name: 'generic token, 24 h exactly', payload: { iat: NOW, exp: NOW + DAY }, expected: undefined },
  { name: 'generic token, 2 h', payload: { iat: NOW, exp: NOW + 2 * HOUR }, expected: undefined },
  { name: 'at+jwt, 2 h', header: AT, payload: { iat: NOW, exp: NOW + 2 * HOUR }, expected: 'info' },
  { name: 'scope token, 61 min', payload: { scope: 'read', iat: NOW, exp: NOW + HOUR + 60 }, expected: 'info' },
  { name: 'client_id token, 1 h exactly', payload: { client_id: 'c', iat: NOW, exp: NOW + HOUR }, expected: undefined },
  { name: 'scp token, 31 days', payload: { scp: 'read', iat: NOW, exp: NOW + 31 * DAY }, expected: 'warning' },
  { name: 'nbf is the start when present', payload: { iat: NOW - 10 * DAY, nbf: NOW, exp: NOW + HOUR }, expected: undefined },
  { name: 'iat is the start without nbf', payload: { iat: NOW - 10 * DAY, exp: NOW + HOUR }, expected: 'warning' },
  { name: 'now is the start without nbf and iat', payload: { exp: NOW + 2 * DAY }, expected: 'warning' },
  { name: 'expired token without start', payload: { exp: NOW - 2 * DAY }, expected: undefined },
  { name: 'empty window (time-window-empty says so)', payload: { iat: NOW, exp: NOW - DAY }, expected: undefined },
  { name: 'exp in milliseconds (time-claim-milliseconds says so)', payload: { iat: NOW * 1000, exp: (NOW + HOUR) * 1000 }, expected: undefined },
  { name: 'custom threshold: 2 h max', payload: { iat: NOW, exp: NOW + 3 * HOUR }, options: { thresholds: { maxLifetime: 2 * HOUR } }, expected: 'warning' },
  { name: 'custom threshold: 10 min for access tokens', header: AT, payload: { iat: NOW, exp: NOW + 20 * 60 }, options: { thresholds: { accessTokenLifetime: 600 } }, expected: 'info' },
  { name: 'no exp', payload: { iat: NOW }, expected: undefined },
  { name: 'clean token', payload: CLEAN, expected: undefined },
];

describeRule(RULE, cases);
