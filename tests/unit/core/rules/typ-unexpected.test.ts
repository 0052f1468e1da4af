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
  { name: 'issue 14: a logout token typed JWT', token: hs({ iss: 'x', sid: 's', events: { 'http://schemas.openid.net/event/backchannel-logout': {} } }, { alg: 'HS256', typ: 'JWT' }), expected: 'info' },
  { name: 'issue 14: a request object typed JWT', token: hs({ response_type: 'code', client_id: 'c1' }, { alg: 'HS256', typ: 'JWT' }), expected: 'info' },
  { name: 'issue 14: a logout token typed logout+jwt', token: hs({ iss: 'x', sid: 's', events: { 'http://schemas.openid.net/event/backchannel-logout': {} } }, { alg: 'HS256', typ: 'logout+jwt' }), expected: undefined },
  { name: 'issue 14: a DPoP proof without typ: dpop-header-invalid reports it', token: hs({ htm: 'GET', htu: 'https://a.example/', jti: 'j', iat: 1 }, { alg: 'HS256', jwk: { kty: 'EC' } }), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
