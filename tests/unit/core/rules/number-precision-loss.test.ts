import { describe } from 'vitest';
import { hmacToken } from '../../helpers/mint';
import { type Case, GOOD, hs, ruleSuite } from './fijk-cases';

const RULE = 'number-precision-loss';
const raw = (json: string) => hs(json);

const cases: Case[] = [
  {
    name: 'catalogue: sub 9007199254740993',
    token:
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOjkwMDcxOTkyNTQ3NDA5OTMsImV4cCI6NDEwMjQ0NDgwMH0.PV1xzVuoROMkCXSEAXCIurfw41AzhxTvLTzd4OvlsVk',
    expected: 'error',
    count: 1,
  },
  { name: 'user_id beyond 2^53', token: raw('{"sub":"u1","user_id":12345678901234567890}'), expected: 'error' },
  { name: 'other integer beyond 2^53', token: raw('{"sub":"u1","tenant":9007199254740993}'), expected: 'warning' },
  { name: 'negative integer beyond 2^53', token: raw('{"sub":"u1","n":-9007199254740993}'), expected: 'warning' },
  { name: 'in an array', token: raw('{"sub":"u1","ids":[1,2,18014398509481985]}'), expected: 'warning' },
  { name: '2^60 (prints as 1152921504606847000)', token: raw('{"sub":"u1","n":1152921504606846976}'), expected: 'warning' },
  { name: 'more than 17 significant digits', token: raw('{"sub":"u1","ratio":0.123456789012345678}'), expected: 'warning' },
  { name: 'exp beyond 2^53 within int64', token: raw('{"sub":"u1","exp":9007199254740993}'), expected: 'warning' },
  { name: 'exp beyond int64', token: raw('{"sub":"u1","exp":99999999999999999999}'), expected: 'error' },
  { name: 'exp in exponent form', token: raw('{"sub":"u1","exp":4.1024448e9}'), expected: 'warning' },
  { name: 'header number too large', token: hmacToken('{"alg":"HS256","typ":"JWT","ver":9007199254740993}', GOOD), expected: 'warning' },
  { name: 'largest safe integer', token: raw('{"sub":"u1","n":9007199254740991}'), expected: undefined },
  { name: 'exponent form outside time claims, small', token: raw('{"sub":"u1","n":1e3}'), expected: undefined },
  { name: 'ordinary decimals', token: raw('{"sub":"u1","ratio":0.1,"pi":3.141592653589793}'), expected: undefined },
  { name: 'big number as a string', token: raw('{"sub":"9007199254740993"}'), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
