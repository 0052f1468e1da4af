import { describe } from 'vitest';
import { type Case, ruleSuite } from './de-cases';
import { ACCESS, ath, jwt, proof } from './m-cases';

const RULE = 'dpop-ath-mismatch';

const cases: Case[] = [
  { name: 'ath of the related token', token: proof({}, { ath: ath(ACCESS) }), related: ACCESS, expected: undefined },
  { name: 'related token with a DPoP prefix', token: proof({}, { ath: ath(ACCESS) }), related: `DPoP ${ACCESS}`, expected: undefined },
  { name: 'no related token: not checked', token: proof({}, { ath: ath('other') }), expected: undefined },
  { name: 'catalogue example: last character changed', token: proof({}, { ath: ath(ACCESS) }), related: ACCESS.slice(0, -1) + 'V', expected: 'error' },
  { name: 'ath taken with the scheme prefix', token: proof({}, { ath: ath(`DPoP ${ACCESS}`) }), related: ACCESS, expected: 'error' },
  { name: 'a proof without ath sent with a token', token: proof(), related: ACCESS, expected: 'error' },
  { name: 'the proof pasted as the related token, a JWT access token as the token', token: jwt({ alg: 'ES256', typ: 'at+jwt' }, { sub: 'u1' }), related: proof({}, { ath: ath('other') }), expected: 'error', at: false },
];

describe(RULE, () => ruleSuite(RULE, cases));
