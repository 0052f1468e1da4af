import { CLEAN, describeRule, NOW, type RuleCase } from '../claims/rule-cases';
import { OIDC_REQUEST_OBJECT } from '../claims/kind-examples';

const RULE = 'sub-missing';
const { sub: _sub, ...noSub } = CLEAN;

const cases: RuleCase[] = [
  { name: 'catalogue example', payload: { exp: 4102444800 }, expected: 'info' },
  { name: 'generic token', payload: noSub, expected: 'info' },
  { name: 'at+jwt', header: { alg: 'HS256', typ: 'application/at+jwt' }, payload: noSub, expected: 'warning' },
  { name: 'ID token (nonce)', payload: { ...noSub, nonce: 'n' }, expected: 'warning' },
  { name: 'DPoP proof', header: { alg: 'HS256', typ: 'dpop+jwt' }, payload: { jti: 'j', htm: 'GET', htu: 'https://a.example/', iat: NOW }, expected: undefined },
  { name: 'sub present', payload: CLEAN, expected: undefined },
  { name: 'issue 16: OIDC Core §6.1 request object (nonce, client_id) is no ID token', token: OIDC_REQUEST_OBJECT, expected: 'info' },
];

describeRule(RULE, cases);
