import { describe } from 'vitest';
import { type Case, GOOD, hs, ruleSuite } from './fijk-cases';

const RULE = 'claim-type-invalid';
const claim = (name: string, value: unknown) => hs({ ...GOOD, [name]: value });

const cases: Case[] = [
  {
    name: 'catalogue: exp as a numeric string',
    token:
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1MSIsImV4cCI6IjE3NjcyMjkyMDAifQ.MllDLMeoucvcJgD7aWBzohGTVNkwgyeNgEo5NF9MEYs',
    expected: 'error',
    count: 1,
  },
  { name: 'nbf true', token: claim('nbf', true), expected: 'error' },
  { name: 'iat null', token: claim('iat', null), expected: 'error' },
  { name: 'exp object', token: claim('exp', { t: 1 }), expected: 'error' },
  { name: 'iss number', token: claim('iss', 7), expected: 'warning' },
  { name: 'sub number', token: claim('sub', 123), expected: 'warning' },
  { name: 'jti array', token: claim('jti', ['a']), expected: 'warning' },
  { name: 'aud number', token: claim('aud', 1), expected: 'warning' },
  { name: 'aud array with a number', token: claim('aud', ['api', 2]), expected: 'warning' },
  { name: 'string exp and numeric sub: both', token: hs({ sub: 1, exp: '1' }), expected: 'error', count: 2 },
  { name: 'aud array of strings', token: claim('aud', ['a', 'b']), expected: undefined },
  { name: 'fractional exp is still a number', token: claim('exp', 4102444800.5), expected: undefined },
  { name: 'claims absent', token: hs({ name: 'x' }), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
