import { describe } from 'vitest';
import { type Case, ruleSuite } from '../../helpers/rule-suite';
import { BASE, issuerJwk, simple } from '../../helpers/sd-jwt';

const RULE = 'kb-jwt-missing';
const key = issuerJwk();

const cases: Case[] = [
  { name: 'issue 14: cnf and no KB-JWT', token: simple({ given_name: 'Alice' }, BASE, { cnf: true }).token, key, expected: 'warning', count: 1 },
  { name: 'issue 14: cnf and a KB-JWT', token: simple({ given_name: 'Alice' }, BASE, { kb: {} }).token, key, expected: undefined },
  { name: 'issue 14: no cnf, no KB-JWT', token: simple({ given_name: 'Alice' }).token, key, expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
