import { describe } from 'vitest';
import { type Case, rs, ruleSuite } from './de-cases';

const RULE = 'jku-present';

const cases: Case[] = [
  { name: 'catalogue example', token: rs({ alg: 'RS256', kid: 'k1', jku: 'https://auth.example.com/.well-known/jwks.json' }), expected: 'warning' },
  { name: 'unsafe jku (also jku-unsafe-url)', token: rs({ alg: 'RS256', jku: 'http://169.254.169.254/latest/meta-data/jwks.json' }), expected: 'warning' },
  { name: 'jku that is not a string', token: rs({ alg: 'RS256', jku: 42 }), expected: 'warning' },
  { name: 'x5u only', token: rs({ alg: 'RS256', x5u: 'https://certs.example.com/signing.pem' }), expected: undefined },
  { name: 'jku in the payload (not a header parameter)', token: rs({ alg: 'RS256' }, { sub: 'u1', jku: 'https://x.example' }), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
