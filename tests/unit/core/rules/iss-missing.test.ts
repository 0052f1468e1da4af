import { CLEAN, describeRule, NOW, type RuleCase } from '../claims/rule-cases';
import { RFC9449_NONCE_CLAIMS } from '../claims/kind-examples';

const RULE = 'iss-missing';
const { iss: _iss, ...noIss } = CLEAN;

const cases: RuleCase[] = [
  {
    name: 'catalogue example (exp-expired token has no iss)',
    token:
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1MSIsImlhdCI6MTUxNjIzOTAyMiwiZXhwIjoxNTE2MjQyNjIyfQ.1TBac53puxV0Hvpo9ssloYh_i0oV15kWIV2wqG6MgO0',
    expected: 'info',
  },
  { name: 'generic token', payload: noIss, expected: 'info' },
  { name: 'access token by scope stays info', payload: { ...noIss, scope: 'read' }, expected: 'info' },
  { name: 'at+jwt', header: { alg: 'HS256', typ: 'at+jwt' }, payload: noIss, expected: 'warning' },
  { name: 'ID token (at_hash)', payload: { ...noIss, at_hash: 'x' }, expected: 'warning' },
  { name: 'DPoP proof', header: { alg: 'HS256', typ: 'dpop+jwt' }, payload: { jti: 'j', htm: 'GET', htu: 'https://a.example/', iat: NOW }, expected: undefined },
  { name: 'iss present', payload: CLEAN, expected: undefined },
  { name: 'iss present but empty (not this rule)', payload: { ...noIss, iss: '' }, expected: undefined },
  { name: 'issue 16: request object without iss (nonce, client_id) is no ID token; issue 14: escalated for request objects', payload: { response_type: 'code', client_id: 'c1', nonce: 'n', sub: 'u1' }, expected: 'warning' },
  { name: 'issue 16: DPoP proof typed JWT (jwk, htm, htu) with a nonce', header: { alg: 'ES256', typ: 'JWT', jwk: { kty: 'EC', crv: 'P-256', x: 'x', y: 'y' } }, payload: RFC9449_NONCE_CLAIMS, expected: undefined },
];

describeRule(RULE, cases);
