import { describe } from 'vitest';
import { type Case, ruleSuite } from './de-cases';
import { jwt } from './m-cases';

const RULE = 'logout-token-invalid';
const EVENT = 'http://schemas.openid.net/event/backchannel-logout';
const H = { alg: 'RS256', typ: 'logout+jwt' };
const GOOD = { iss: 'https://server.example.com', aud: 's6BhdRkqt3', iat: 1767225600, exp: 1767225720, jti: 'bWJq', sid: '08a5019c-17e1-4977-8f42-65a12843ea02', events: { [EVENT]: {} } };

const cases: Case[] = [
  { name: 'a good logout token', token: jwt(H, GOOD), expected: undefined },
  { name: 'catalogue example: nonce present', token: jwt(H, { ...GOOD, nonce: 'n-0S6_WzA2Mj' }), expected: 'error' },
  { name: 'events without the member', token: jwt(H, { ...GOOD, events: {} }), expected: 'error' },
  { name: 'event value not an object', token: jwt(H, { ...GOOD, events: { [EVENT]: true } }), expected: 'error' },
  { name: 'event value with members: warning', token: jwt(H, { ...GOOD, events: { [EVENT]: { a: 1 } } }), expected: 'warning' },
  { name: 'neither sub nor sid', token: jwt(H, { ...GOOD, sid: undefined }), expected: 'error' },
  { name: 'no exp and no jti', token: jwt(H, { ...GOOD, exp: undefined, jti: undefined }), expected: 'error' },
  { name: 'sid not a string', token: jwt(H, { ...GOOD, sid: 5 }), expected: 'error' },
  { name: 'recognised by events alone (typ JWT)', token: jwt({ alg: 'RS256', typ: 'JWT' }, { ...GOOD, nonce: 'x' }), expected: 'error' },
  { name: 'an ID token is not a logout token', token: jwt({ alg: 'RS256' }, { iss: 'x', sub: 'u', aud: 'a', nonce: 'n', exp: 1767229200, iat: 1767225600 }), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
