import { describe } from 'vitest';
import { type Case, ruleSuite } from '../../helpers/rule-suite';
import { BASE, elem, es256, issuerJwk, prop, SD_HEADER, present } from '../../helpers/sd-jwt';

const RULE = 'sd-digest-container-invalid';
const key = issuerJwk();
const d1 = prop('given_name', 'Alice');
const e1 = elem('US');

const cases: Case[] = [
  { name: 'issue 14: _sd is a string', token: present(es256(SD_HEADER, { ...BASE, _sd: d1.digest }), []), key, expected: 'error', at: false },
  { name: 'issue 14: an array element with ... and another member', token: present(es256(SD_HEADER, { ...BASE, n: [{ '...': e1.digest, role: 'admin' }] }), [e1]), key, expected: 'error', at: false },
  { name: 'issue 14: a ... member outside an array', token: present(es256(SD_HEADER, { ...BASE, x: { '...': e1.digest } }), []), key, expected: 'error', at: false },
  { name: 'issue 14: a digest of the wrong length (warning)', token: present(es256(SD_HEADER, { ...BASE, _sd: [d1.digest, 'abc'] }), [d1]), key, expected: 'warning', at: false },
  { name: 'issue 14: well-formed containers', token: present(es256(SD_HEADER, { ...BASE, _sd: [d1.digest], n: [{ '...': e1.digest }, 'FR'] }), [d1, e1]), key, expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
