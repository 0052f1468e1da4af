import { describe } from 'vitest';
import { type Case, ruleSuite } from './de-cases';
import { jwt } from './m-cases';

const RULE = 'jar-request-object-invalid';
const H = { alg: 'RS256', typ: 'oauth-authz-req+jwt' };
const GOOD = { iss: 's6BhdRkqt3', aud: 'https://server.example.com', response_type: 'code', client_id: 's6BhdRkqt3', redirect_uri: 'https://client.example.org/cb' };

const cases: Case[] = [
  { name: 'a good request object', token: jwt(H, GOOD), expected: undefined },
  { name: 'catalogue example: request_uri inside', token: jwt(H, { ...GOOD, request_uri: 'https://client.example.org/request.jwt' }), expected: 'error' },
  { name: 'request inside, recognised by its claims', token: jwt({ alg: 'RS256' }, { ...GOOD, request: 'eyJ...' }), expected: 'error' },
  { name: 'catalogue example: sub equal to client_id', token: jwt(H, { ...GOOD, sub: 's6BhdRkqt3' }), expected: 'warning' },
  { name: 'not a request object', token: jwt({ alg: 'RS256' }, { iss: 'x', sub: 'x', request_uri: 'https://x' }), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
