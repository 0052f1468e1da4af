import { describe } from 'vitest';
import { hmacToken } from '../../helpers/mint';
import { type Case, GOOD, hs, ruleSuite } from './fijk-cases';

const RULE = 'cty-unusual';
const cty = (value: unknown) => hs(GOOD, { alg: 'HS256', typ: 'JWT', cty: value });

const cases: Case[] = [
  { name: 'catalogue: text/xml with an XML payload', token: hmacToken({ alg: 'HS256', cty: 'text/xml' }, '<a>b</a>'), expected: 'warning' },
  { name: 'application/xml', token: cty('application/xml'), expected: 'warning' },
  { name: 'java serialized object', token: cty('application/x-java-serialized-object'), expected: 'warning' },
  { name: 'not a string', token: cty(42), expected: 'warning' },
  ...['JWT', 'json', 'application/json', 'application/example+json', 'secevent+jwt'].map(
    (value): Case => ({ name: `expected cty ${value}`, token: cty(value), expected: undefined }),
  ),
  { name: 'no cty', token: hs(GOOD), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
