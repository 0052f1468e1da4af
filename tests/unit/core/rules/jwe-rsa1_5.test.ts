import { describe } from 'vitest';
import { compact } from '../../helpers/mint';
import { type Case, GOOD, jwe, ruleSuite } from './fijk-cases';

const RULE = 'jwe-rsa1_5';

const cases: Case[] = [
  {
    name: 'catalogue: RFC 7516 A.2 header',
    token: 'eyJhbGciOiJSU0ExXzUiLCJlbmMiOiJBMTI4Q0JDLUhTMjU2In0.AAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA',
    expected: 'warning',
    count: 1,
  },
  { name: 'RSA-OAEP', token: jwe({ alg: 'RSA-OAEP', enc: 'A256GCM' }, 'AAAAAAAA'), expected: undefined },
  { name: 'JWS whose alg says RSA1_5', token: compact({ alg: 'RSA1_5', typ: 'JWT' }, GOOD, 'AAAA'), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
