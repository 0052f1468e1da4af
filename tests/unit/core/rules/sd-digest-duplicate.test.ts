import { describe } from 'vitest';
import { type Case, ruleSuite } from '../../helpers/rule-suite';
import { BASE, elem, es256, issuerJwk, prop, SD_HEADER, present } from '../../helpers/sd-jwt';

const RULE = 'sd-digest-duplicate';
const key = issuerJwk();
const d1 = prop('given_name', 'Alice');
const e1 = elem('US');

const cases: Case[] = [
  { name: 'issue 14: a digest twice in _sd', token: present(es256(SD_HEADER, { ...BASE, _sd: [d1.digest, d1.digest] }), [d1]), key, expected: 'error', at: false },
  { name: 'issue 14: a digest in _sd and in an array', token: present(es256(SD_HEADER, { ...BASE, _sd: [e1.digest], n: [{ '...': e1.digest }] }), [e1]), key, expected: 'error', at: false },
  { name: 'issue 14: the same Disclosure presented twice', token: present(es256(SD_HEADER, { ...BASE, _sd: [d1.digest] }), [d1, d1]), key, expected: 'error', count: 1 },
  { name: 'issue 14: each digest once', token: present(es256(SD_HEADER, { ...BASE, _sd: [d1.digest], n: [{ '...': e1.digest }] }), [d1, e1]), key, expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
