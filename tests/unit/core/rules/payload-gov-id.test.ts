import { describe, it } from 'vitest';
import { type Case, GOOD, hs, ruleSuite } from './fijk-cases';
import { expectOneFindingFor } from './grouped-finding';

const RULE = 'payload-gov-id';
const with_ = (extra: Record<string, unknown>) => hs({ ...GOOD, ...extra });

const cases: Case[] = [
  { name: 'catalogue: ssn 123-45-6789', token: hs({ sub: 'u1', ssn: '123-45-6789' }), expected: 'warning', count: 1 },
  { name: 'catalogue: IBAN GB82WEST12345698765432', token: with_({ bank: 'GB82WEST12345698765432' }), expected: 'warning' },
  { name: 'IBAN printed in groups', token: with_({ bank: 'DE89 3704 0044 0532 0130 00' }), expected: 'warning' },
  { name: 'SSN pattern under another name', token: with_({ ref: 'id 078-05-1120' }), expected: 'warning' },
  ...['passport', 'national_id', 'tax_id', 'passportNumber'].map(
    (name): Case => ({ name: `member ${name}`, token: with_({ [name]: 'X1234567' }), expected: 'warning' }),
  ),
  { name: 'SSN area 000', token: with_({ ref: '000-12-3456' }), expected: undefined },
  { name: 'SSN area 666', token: with_({ ref: '666-12-3456' }), expected: undefined },
  { name: 'SSN area 9xx', token: with_({ ref: '912-12-3456' }), expected: undefined },
  { name: 'IBAN with a bad check', token: with_({ bank: 'GB83WEST12345698765432' }), expected: undefined },
  { name: 'date, not an SSN', token: with_({ d: '2026-01-01' }), expected: undefined },
  { name: 'empty passport member', token: with_({ passport: '' }), expected: undefined },
];

describe(RULE, () => {
  ruleSuite(RULE, cases);

  it('issue 16: one finding lists every government or bank identifier', () => expectOneFindingFor(RULE, with_({ ssn: '123-45-6789', passport: 'X1234567', bank: 'GB82WEST12345698765432' }), ['ssn', 'passport', 'GB82WEST12345698765432']));
});
