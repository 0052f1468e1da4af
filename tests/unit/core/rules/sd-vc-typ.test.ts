import { describe } from 'vitest';
import { type Case, ruleSuite } from '../../helpers/rule-suite';
import { BASE, issuerJwk, simple } from '../../helpers/sd-jwt';

const RULE = 'sd-vc-typ';
const key = issuerJwk();
const vc = { ...BASE, vct: 'https://credentials.example.com/identity_credential' };

const cases: Case[] = [
  { name: 'issue 14: vct under typ JWT (warning)', token: simple({ given_name: 'Alice' }, vc, { header: { typ: 'JWT' } }).token, key, expected: 'warning' },
  { name: 'issue 14: legacy vc+sd-jwt (info)', token: simple({ given_name: 'Alice' }, vc, { header: { typ: 'vc+sd-jwt' } }).token, key, expected: 'info' },
  { name: 'issue 14: dc+sd-jwt', token: simple({ given_name: 'Alice' }, vc, { header: { typ: 'dc+sd-jwt' } }).token, key, expected: undefined },
  { name: 'issue 14: application/dc+sd-jwt', token: simple({ given_name: 'Alice' }, vc, { header: { typ: 'application/DC+SD-JWT' } }).token, key, expected: undefined },
  { name: 'issue 14: no vct', token: simple({ given_name: 'Alice' }, BASE, { header: { typ: 'JWT' } }).token, key, expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
