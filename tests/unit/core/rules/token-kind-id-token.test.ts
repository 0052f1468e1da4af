import { describe } from 'vitest';
import { type Case, GOOD, hs, ruleSuite } from './fijk-cases';
import {
  BCL_LOGOUT_CLAIMS, CLIENT_ASSERTION_CLAIMS, JAR_REQUEST_OBJECT, OIDC_REQUEST_OBJECT, RFC9449_NONCE_CLAIMS, RFC9449_PROOF_HEADER,
} from '../claims/kind-examples';

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
  { name: 'issue 16: OIDC Core §6.1 request object (nonce) is not an ID token', token: OIDC_REQUEST_OBJECT, expected: undefined },
  { name: 'issue 16: request object typed oauth-authz-req+jwt', token: JAR_REQUEST_OBJECT, expected: undefined },
  { name: 'issue 16: logout token with a nonce', token: hs({ ...BCL_LOGOUT_CLAIMS, nonce: 'n' }), expected: undefined },
  { name: 'issue 16: logout token typed logout+jwt with a nonce', token: hs({ nonce: 'n', sid: 's' }, { alg: 'HS256', typ: 'logout+jwt' }), expected: undefined },
  { name: 'issue 16: RFC 9449 §8 DPoP proof with a nonce', token: hs(RFC9449_NONCE_CLAIMS, RFC9449_PROOF_HEADER), expected: undefined },
  { name: 'issue 16: JWT client assertion', token: hs(CLIENT_ASSERTION_CLAIMS), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
