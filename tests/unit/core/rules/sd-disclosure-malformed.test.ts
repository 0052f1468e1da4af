import { describe } from 'vitest';
import { type Case, ruleSuite } from '../../helpers/rule-suite';
import { b64url } from '../../helpers/mint';
import { BASE, elem, es256, issuerJwk, prop, SD_HEADER, present } from '../../helpers/sd-jwt';

const RULE = 'sd-disclosure-malformed';
const key = issuerJwk();
const notArray = b64url('{"salt":"x"}');
const four = b64url('["s","a","b","c"]');
const arrayElem = elem('DE');
const named = prop('nationality', 'DE');
const ok = prop('given_name', 'Alice');

const cases: Case[] = [
  { name: 'issue 14: not a JSON array', token: present(es256(SD_HEADER, BASE), [notArray]), key, expected: 'error' },
  { name: 'issue 14: four elements', token: present(es256(SD_HEADER, BASE), [four]), key, expected: 'error' },
  { name: 'issue 14: a 2-element Disclosure referenced from _sd', token: present(es256(SD_HEADER, { ...BASE, _sd: [arrayElem.digest] }), [arrayElem]), key, expected: 'error', count: 1 },
  { name: 'issue 14: a 3-element Disclosure referenced from {"...": d}', token: present(es256(SD_HEADER, { ...BASE, n: [{ '...': named.digest }] }), [named]), key, expected: 'error', count: 1 },
  { name: 'issue 14: well-formed Disclosures', token: present(es256(SD_HEADER, { ...BASE, _sd: [ok.digest], n: [{ '...': arrayElem.digest }] }), [ok, arrayElem]), key, expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
