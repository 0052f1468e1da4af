import { describe } from 'vitest';
import { type Case, ruleSuite } from '../../helpers/rule-suite';
import { BASE, issuerJwk, simple } from '../../helpers/sd-jwt';

const RULE = 'sd-vc-type-invalid';
const key = issuerJwk();
const VC = { header: { typ: 'dc+sd-jwt' } };
const vct = 'https://credentials.example.com/identity_credential';

const cases: Case[] = [
  { name: 'issue 14: no vct', token: simple({ given_name: 'Alice' }, BASE, VC).token, key, expected: 'error', at: false },
  { name: 'issue 14: empty vct', token: simple({ given_name: 'Alice' }, { ...BASE, vct: '' }, VC).token, key, expected: 'error' },
  { name: 'issue 14: aka_vcts empty', token: simple({ given_name: 'Alice' }, { ...BASE, vct, aka_vcts: [] }, VC).token, key, expected: 'error' },
  { name: 'issue 14: aka_vcts repeats vct', token: simple({ given_name: 'Alice' }, { ...BASE, vct, aka_vcts: [vct] }, VC).token, key, expected: 'error' },
  { name: 'issue 14: a good vct', token: simple({ given_name: 'Alice' }, { ...BASE, vct, aka_vcts: ['urn:other'] }, VC).token, key, expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
