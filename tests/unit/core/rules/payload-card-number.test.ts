import { describe, it } from 'vitest';
import { type Case, GOOD, hs, ruleSuite } from './fijk-cases';
import { expectOneFindingFor } from './grouped-finding';

const RULE = 'payload-card-number';
const CATALOGUE =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1MSIsImVtYWlsIjoiYWxpY2VAZXhhbXBsZS5jb20iLCJwYXNzd29yZCI6Imh1bnRlcjIiLCJjYXJkIjoiNDExMTExMTExMTExMTExMSJ9.HusJs4j2bIHWCoaT3liKB-o7KoQQCqeNRiEdS6XXjZ8';
const with_ = (extra: Record<string, unknown>) => hs({ ...GOOD, ...extra });

const cases: Case[] = [
  { name: 'catalogue: card 4111111111111111', token: CATALOGUE, expected: 'error', count: 1 },
  { name: 'Mastercard with spaces', token: with_({ pan: '5555 5555 5555 4444' }), expected: 'error' },
  { name: 'Amex with dashes', token: with_({ pan: '3782-822463-10005' }), expected: 'error' },
  { name: 'inside a sentence', token: with_({ note: 'paid with 4012888888881881 yesterday' }), expected: 'error' },
  { name: 'as a JSON number', token: hs('{"sub":"u1","card":4111111111111111}'), expected: 'error' },
  { name: 'nested in an array', token: with_({ cards: [{ n: '6011111111111117' }] }), expected: 'error' },
  { name: 'fails Luhn', token: with_({ pan: '4111111111111112' }), expected: undefined },
  { name: 'millisecond timestamp (no card prefix)', token: with_({ ts: '1767225600000' }), expected: undefined },
  { name: 'long numeric Google sub (21 digits)', token: with_({ sub: '110169484474386276334' }), expected: undefined },
  { name: 'UUID', token: with_({ jti: '4111a111-1111-4111-8111-111111111111' }), expected: undefined },
  { name: 'too short', token: with_({ n: '411111111111' }), expected: undefined },
];

describe(RULE, () => {
  ruleSuite(RULE, cases);

  it('issue 16: one finding lists every card number', () => expectOneFindingFor(RULE, with_({ card: '4111111111111111', backup: { pan: '5555 5555 5555 4444' } }), ['4111111111111111', '5555 5555 5555 4444']));
});
