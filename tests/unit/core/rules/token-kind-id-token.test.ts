import { describe } from 'vitest';
import { type Case, GOOD, hs, ruleSuite } from './fijk-cases';

const RULE = 'token-kind-id-token';
const ID = {
  iss: 'https://idp.example',
  aud: 'client-1',
  sub: 'u1',
  nonce: 'n-0S6',
  at_hash: '77QmUPtjPfzWtF2AnpK9RQ',
  exp: 4102444800,
  iat: 1767225600,
};

const cases: Case[] = [
  { name: 'catalogue example (nonce, at_hash; typ JWT)', token: hs(ID), expected: 'info', count: 1 },
  ...['nonce', 'at_hash', 'c_hash', 'auth_time', 'azp', 'acr', 'amr'].map(
    (name): Case => ({ name: `marker ${name}`, token: hs({ ...GOOD, [name]: 'x' }), expected: 'info' }),
  ),
  { name: 'no typ at all', token: hs(ID, { alg: 'HS256' }), expected: 'info' },
  { name: 'typ at+jwt with azp', token: hs({ ...GOOD, azp: 'c1' }, { alg: 'HS256', typ: 'at+jwt' }), expected: undefined },
  { name: 'no markers', token: hs(GOOD), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
