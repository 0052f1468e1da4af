import { describe } from 'vitest';
import { type Case, GOOD, hs, ruleSuite } from './fijk-cases';

const RULE = 'typ-at-jwt-claims-missing';
const AT = { ...GOOD, client_id: 'c1' };
const without = (name: string) => Object.fromEntries(Object.entries(AT).filter(([k]) => k !== name));

const cases: Case[] = [
  {
    name: 'catalogue example (sub and exp only)',
    token:
      'eyJhbGciOiJIUzI1NiIsInR5cCI6ImF0K2p3dCJ9.eyJzdWIiOiJ1MSIsImV4cCI6NDEwMjQ0NDgwMH0.l5EK3VpPv-aFBp7x-zIdmsGpJrknwEjKqMYf-6AkFxw',
    expected: 'error',
    count: 1,
  },
  ...Object.keys(AT).map((name): Case => ({ name: `at+jwt without ${name}`, token: hs(without(name), { alg: 'HS256', typ: 'at+jwt' }), expected: 'error' })),
  { name: 'application/AT+JWT spelling', token: hs(without('jti'), { alg: 'HS256', typ: 'application/AT+JWT' }), expected: 'error' },
  { name: 'complete at+jwt', token: hs(AT, { alg: 'HS256', typ: 'at+jwt' }), expected: undefined },
  { name: 'typ JWT with few claims', token: hs({ sub: 'u1' }), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
