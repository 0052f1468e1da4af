import { CLEAN, describeRule, NOW, type RuleCase } from '../claims/rule-cases';

const RULE = 'jti-missing';

const cases: RuleCase[] = [
  { name: 'clean token without jti', payload: CLEAN, expected: 'info' },
  { name: 'empty payload', payload: {}, expected: 'info' },
  { name: 'issue 14: not run on a DPoP proof (dpop-claims-invalid reports it)', header: { alg: 'HS256', typ: 'dpop+jwt' }, payload: { htm: 'GET', htu: 'https://a.example/', iat: NOW }, expected: undefined },
  { name: 'DPoP proof with jti', header: { alg: 'HS256', typ: 'dpop+jwt' }, payload: { jti: 'j', htm: 'GET', htu: 'https://a.example/', iat: NOW }, expected: undefined },
  { name: 'jti present', payload: { ...CLEAN, jti: '7c9e6679' }, expected: undefined },
];

describeRule(RULE, cases);
