import { describe } from 'vitest';
import { type Case, rs, ruleSuite } from './de-cases';

const RULE = 'x5u-present';

const cases: Case[] = [
  { name: 'catalogue example', token: rs({ alg: 'RS256', x5u: 'https://certs.example.com/signing.pem' }), expected: 'warning' },
  { name: 'x5u that is not a URL', token: rs({ alg: 'RS256', x5u: ['a'] }), expected: 'warning' },
  { name: 'jku only', token: rs({ alg: 'RS256', jku: 'https://auth.example.com/jwks' }), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
