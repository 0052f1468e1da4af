import { describe, it } from 'vitest';
import { type Case, GOOD, hs, ruleSuite } from './fijk-cases';
import { expectOneFindingFor } from './grouped-finding';

const RULE = 'payload-contact-pii';
const CATALOGUE =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1MSIsImVtYWlsIjoiYWxpY2VAZXhhbXBsZS5jb20iLCJwYXNzd29yZCI6Imh1bnRlcjIiLCJjYXJkIjoiNDExMTExMTExMTExMTExMSJ9.HusJs4j2bIHWCoaT3liKB-o7KoQQCqeNRiEdS6XXjZ8';
const with_ = (extra: Record<string, unknown>) => hs({ ...GOOD, ...extra });

const cases: Case[] = [
  { name: 'catalogue: email alice@example.com', token: CATALOGUE, expected: 'info', count: 1 },
  { name: 'email in an ID token stays info', token: with_({ nonce: 'n', email: 'bob@corp.example' }), expected: 'info' },
  { name: 'e-mail as sub', token: with_({ sub: 'carol@example.org' }), expected: 'info' },
  { name: 'E.164 phone value', token: with_({ mobile: '+14155552671' }), expected: 'info' },
  { name: 'phone_number member', token: with_({ phone_number: '+1 415 555 2671' }), expected: 'info', count: 1 },
  ...['name', 'given_name', 'family_name', 'birthdate', 'gender'].map(
    (claim): Case => ({ name: `profile claim ${claim}`, token: with_({ [claim]: 'x' }), expected: 'info', count: 1 }),
  ),
  { name: 'address object', token: with_({ address: { country: 'DE' } }), expected: 'info' },
  { name: '`name` of a role object is not a person', token: with_({ roles: [{ name: 'admin' }] }), expected: undefined },
  { name: 'user@host in a URL', token: with_({ repo: 'https://git@github.com/x/y' }), expected: undefined },
  { name: 'not a phone number', token: with_({ v: '+1' }), expected: undefined },
  { name: 'empty name', token: with_({ name: '' }), expected: undefined },
];

describe(RULE, () => {
  ruleSuite(RULE, cases);

  it('issue 16: one finding lists every personal-data claim', async () => {
    const person = {
      sub: 'u1',
      email: 'jane@example.com',
      phone_number: '+1 (425) 555-1212',
      address: { street_address: '1234 Hollywood Blvd.', country: 'US' },
      birthdate: '0000-10-31',
      name: 'Jane Doe',
      given_name: 'Jane',
    };
    await expectOneFindingFor(RULE, hs(person), ['jane@example.com', 'phone_number', 'address', 'birthdate', '"name"', 'given_name']);
  });

  it('issue 16: past ten claims the finding still is one, with the first ten spans', async () => {
    const many = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`contact${i}`, `user${i}@example.com`]));
    await expectOneFindingFor(RULE, hs({ ...GOOD, ...many }), Array.from({ length: 10 }, (_, i) => `user${i}@`));
  });
});
