import { describe } from 'vitest';
import { type Case, GOOD, hs, rs, ruleSuite, STRONG } from './de-cases';

const RULE = 'hmac-secret-low-entropy';
const withSecret = (secret: string, alg = 'HS256'): Case => ({
  name: `secret ${JSON.stringify(secret)}`,
  token: hs({ alg }, GOOD, secret),
  key: secret,
  expected: 'warning',
  at: false,
});

const cases: Case[] = [
  withSecret('MyProject2026!'),
  // issue 16: jwt.io's 38-character example secret (a published one) still triggers the rule.
  { ...withSecret('a-string-secret-at-least-256-bits-long'), name: 'issue 16: a 38-character published secret is still guessable' },
  withSecret('MyProject2026'),
  withSecret('correct horse battery staple'),
  withSecret('mysupersecretpasswordforthejwtservice2024', 'HS512'),
  withSecret('qwertyuiopasdfghjklzxcvbnm1234567890'),
  withSecret('Xk3Lm9Qr2Tv8Wz1Yb4Nc7D'.slice(0, 20)),
  { name: 'wrong guessable secret still judged', token: hs(), key: 'Password123!', expected: 'warning', at: false },
  { name: 'strong 34-character secret', token: hs(), key: STRONG, expected: undefined },
  { name: '32 random bytes as base64', token: hs({ alg: 'HS256' }, GOOD, 'n0Vd3l9K2qLx8PzR4wYtB6cM1sJfH7gA5eUiOa2WkQs='), key: 'n0Vd3l9K2qLx8PzR4wYtB6cM1sJfH7gA5eUiOa2WkQs=', expected: undefined },
  { name: 'no secret supplied', token: hs({ alg: 'HS256' }, GOOD, 'MyProject2026!'), expected: undefined },
  { name: 'RS256', token: rs(), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
