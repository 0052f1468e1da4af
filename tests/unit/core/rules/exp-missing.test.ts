import { CLEAN, describeRule, NOW, type RuleCase } from '../claims/rule-cases';
import { BCL_LOGOUT_CLAIMS, OIDC_REQUEST_OBJECT, RFC9449_NONCE_CLAIMS, RFC9449_PROOF_HEADER } from '../claims/kind-examples';

const RULE = 'exp-missing';
const { exp: _exp, ...noExp } = CLEAN;

const cases: RuleCase[] = [
  // jwt.io's classic example: sub, name, iat only.
  { name: 'jwt.io classic', payload: { sub: '1234567890', name: 'John Doe', iat: 1516239022 }, expected: 'warning' },
  { name: 'generic token without exp', payload: noExp, expected: 'warning' },
  { name: 'empty payload', payload: {}, expected: 'warning' },
  { name: 'at+jwt without exp', header: { alg: 'HS256', typ: 'at+jwt' }, payload: { ...noExp, client_id: 'c', jti: 'j' }, expected: 'error' },
  { name: 'application/AT+JWT without exp', header: { alg: 'HS256', typ: 'application/AT+JWT' }, payload: noExp, expected: 'error' },
  { name: 'ID token (nonce) without exp', payload: { ...noExp, nonce: 'n-0S6_WzA2Mj' }, expected: 'error' },
  { name: 'ID token (azp, auth_time) without exp', payload: { ...noExp, azp: 'client', auth_time: NOW - 100 }, expected: 'error' },
  { name: 'access token by scope only stays a warning', payload: { ...noExp, scope: 'read' }, expected: 'warning' },
  { name: 'exp present', payload: CLEAN, expected: undefined },
  { name: 'exp present with a wrong type (claim-type-invalid says so)', payload: { ...noExp, exp: '1767229200' }, expected: undefined },
  { name: 'DPoP proof (no exp by design)', header: { alg: 'HS256', typ: 'dpop+jwt' }, payload: { jti: 'j', htm: 'GET', htu: 'https://a.example/', iat: NOW }, expected: undefined },
  { name: 'issue 16: OIDC Core §6.1 request object (nonce, client_id) is no ID token', token: OIDC_REQUEST_OBJECT, expected: 'warning' },
  { name: 'issue 16: logout token with a nonce is no ID token', payload: { ...BCL_LOGOUT_CLAIMS, nonce: 'n-0S6_WzA2Mj' }, expected: 'warning' },
  { name: 'issue 16: RFC 9449 §8 proof with a nonce', header: RFC9449_PROOF_HEADER, payload: RFC9449_NONCE_CLAIMS, expected: undefined },
];

describeRule(RULE, cases);
