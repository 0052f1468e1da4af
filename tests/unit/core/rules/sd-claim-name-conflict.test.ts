import { describe } from 'vitest';
import { type Case, ruleSuite } from '../../helpers/rule-suite';
import { BASE, es256, issuerJwk, prop, SD_HEADER, present } from '../../helpers/sd-jwt';

const RULE = 'sd-claim-name-conflict';
const key = issuerJwk();
const alice = prop('given_name', 'Alice');
const alice2 = prop('given_name', 'Alicia');

const cases: Case[] = [
  { name: 'issue 14: a Disclosure named like a plaintext claim', token: present(es256(SD_HEADER, { ...BASE, given_name: 'Bob', _sd: [alice.digest] }), [alice]), key, expected: 'error', count: 1 },
  { name: 'issue 14: two Disclosures of the same name', token: present(es256(SD_HEADER, { ...BASE, _sd: [alice.digest, alice2.digest] }), [alice, alice2]), key, expected: 'error', count: 1 },
  { name: 'issue 14: distinct names', token: present(es256(SD_HEADER, { ...BASE, family_name: 'Doe', _sd: [alice.digest] }), [alice]), key, expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
