import { CLEAN, describeRule, NOW, type RuleCase } from '../claims/rule-cases';

const RULE = 'iat-missing';

const cases: RuleCase[] = [
  { name: 'catalogue example', payload: { sub: 'u1', exp: 4102444800 }, expected: 'info' },
  { name: 'empty payload', payload: {}, expected: 'info' },
  { name: 'issue 14: not run on a DPoP proof (dpop-claims-invalid reports it)', header: { alg: 'HS256', typ: 'dpop+jwt' }, payload: { jti: 'j', htm: 'GET', htu: 'https://a.example/' }, expected: undefined },
  { name: 'iat present', payload: { iat: NOW }, expected: undefined },
  { name: 'iat present with a wrong type', payload: { iat: 'yesterday' }, expected: undefined },
  { name: 'clean token', payload: CLEAN, expected: undefined },
];

describeRule(RULE, cases);
