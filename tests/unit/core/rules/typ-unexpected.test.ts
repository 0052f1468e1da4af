import { describe } from 'vitest';
import { type Case, GOOD, hs, ruleSuite } from './fijk-cases';

const RULE = 'typ-unexpected';
const typ = (value: unknown) => hs(GOOD, { alg: 'HS256', typ: value });

const cases: Case[] = [
  { name: 'catalogue: no typ', token: hs({ sub: 'u1' }, { alg: 'HS256' }), expected: 'info' },
  { name: 'catalogue: typ foo', token: typ('foo'), expected: 'info' },
  { name: 'typ not a string', token: typ(1), expected: 'info' },
  { name: 'typ application/json', token: typ('application/json'), expected: 'info' },
  ...['JWT', 'jwt', 'application/jwt', 'Application/JWT', 'at+jwt', 'application/at+jwt', 'dpop+jwt', 'secevent+jwt',
    'logout+jwt', 'oauth-authz-req+jwt', 'token-introspection+jwt', 'vc+sd-jwt', 'dc+sd-jwt', 'kb+jwt'].map(
    (value): Case => ({ name: `known typ ${value}`, token: typ(value), expected: undefined }),
  ),
];

describe(RULE, () => ruleSuite(RULE, cases));
