import { describe } from 'vitest';
import { type Case, ruleSuite } from './de-cases';
import { ACCESS, jwt, NOW, proof, proofJkt } from './m-cases';

const RULE = 'dpop-jkt-mismatch';
const AT = { alg: 'ES256', typ: 'at+jwt' };
const claims = (cnf?: Record<string, unknown>) => ({ iss: 'https://as.example', sub: 'u1', exp: NOW + 300, ...(cnf ? { cnf } : {}) });

const cases: Case[] = [
  { name: 'cnf.jkt is the proof key thumbprint', token: proof(), related: jwt(AT, claims({ jkt: proofJkt() })), expected: undefined },
  { name: 'catalogue example: cnf.jkt of another key', token: proof(), related: jwt(AT, claims({ jkt: 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs' })), expected: 'error' },
  { name: 'the access token as the token, the proof as related', token: jwt(AT, claims({ jkt: 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs' })), related: proof(), expected: 'error' },
  { name: 'a bearer JWT (no cnf)', token: proof(), related: jwt(AT, claims()), expected: 'warning' },
  { name: 'bound by certificate (cnf x5t#S256)', token: proof(), related: jwt(AT, claims({ 'x5t#S256': 'bwcK0esc3ACC3DB2Y5_lESsXE8o9ltc14eY22c' })), expected: 'warning' },
  { name: 'an opaque access token: skipped, with an info', token: proof(), related: ACCESS, expected: 'info' },
  { name: 'no related token', token: proof(), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
