import { describe } from 'vitest';
import { type Case, ruleSuite } from '../../helpers/rule-suite';
import { BASE, es256, issuerJwk, prop, SD_HEADER, present } from '../../helpers/sd-jwt';

const RULE = 'sd-hash-alg-invalid';
const key = issuerJwk();
const d1 = prop('given_name', 'Alice');
const d384 = prop('given_name', 'Alice', undefined, 'sha-384');
const with_ = (alg: unknown, d = d1) => present(es256(SD_HEADER, { ...BASE, _sd: [d.digest], _sd_alg: alg }), [d]);

const cases: Case[] = [
  { name: 'issue 14: SHA-256 in capitals (unknown)', token: with_('SHA-256'), key, expected: 'error' },
  { name: 'issue 14: not a string', token: with_(256), key, expected: 'error' },
  { name: 'issue 14: a truncated hash (warning)', token: with_('sha-256-32'), key, expected: 'warning' },
  { name: 'issue 14: _sd_alg in a nested object (warning)', token: present(es256(SD_HEADER, { ...BASE, _sd: [d1.digest], x: { _sd_alg: 'sha-256' } }), [d1]), key, expected: 'warning', at: false },
  { name: 'issue 14: sha-384 digests', token: with_('sha-384', d384), key, expected: undefined },
  { name: 'issue 14: sha-256 by default', token: present(es256(SD_HEADER, { ...BASE, _sd: [d1.digest] }), [d1]), key, expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
