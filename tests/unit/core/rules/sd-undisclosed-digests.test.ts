import { describe } from 'vitest';
import { type Case, ruleSuite } from '../../helpers/rule-suite';
import { BASE, es256, issuerJwk, prop, SD_HEADER, present } from '../../helpers/sd-jwt';

const RULE = 'sd-undisclosed-digests';
const key = issuerJwk();
const d1 = prop('given_name', 'Alice');
const d2 = prop('email', 'a@example.com');
const ij = es256(SD_HEADER, { ...BASE, _sd: [d1.digest, d2.digest] });

const cases: Case[] = [
  { name: 'issue 14: one Disclosure withheld (info only)', token: present(ij, [d1]), key, expected: 'info', count: 1, at: false },
  { name: 'issue 14: every digest disclosed', token: present(ij, [d1, d2]), key, expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
