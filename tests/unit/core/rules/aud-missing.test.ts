import { CLEAN, describeRule, NOW, type RuleCase } from '../claims/rule-cases';

const RULE = 'aud-missing';
const { aud: _aud, ...noAud } = CLEAN;

const cases: RuleCase[] = [
  { name: 'jwt.io classic', payload: { sub: '1234567890', name: 'John Doe', iat: 1516239022 }, expected: 'warning' },
  { name: 'generic token', payload: noAud, expected: 'warning' },
  { name: 'at+jwt', header: { alg: 'HS256', typ: 'at+jwt' }, payload: noAud, expected: 'warning' },
  { name: 'DPoP proof (bound by htm/htu instead)', header: { alg: 'HS256', typ: 'dpop+jwt' }, payload: { jti: 'j', htm: 'GET', htu: 'https://a.example/', iat: NOW }, expected: undefined },
  { name: 'aud string', payload: CLEAN, expected: undefined },
  { name: 'aud array', payload: { ...noAud, aud: ['a', 'b'] }, expected: undefined },
  { name: 'aud null (claim-type-invalid says so)', payload: { ...noAud, aud: null }, expected: undefined },
];

describeRule(RULE, cases);
