import { describe, expect, it } from 'vitest';
import { hits, hmacToken } from '../../helpers/mint';
import { type Case, expectCase, GOOD, hs, jwe, ruleSuite } from './fijk-cases';

const RULE = 'cty-nested-jwt';
const INNER = 'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJhZG1pbiJ9.';
const nested = (cty: string) => hmacToken({ alg: 'HS256', cty }, INNER);

const cases: Case[] = [
  { name: 'catalogue: cty JWT around the alg-none example', token: nested('JWT'), expected: 'info', count: 1 },
  { name: 'cty jwt (lower case)', token: nested('jwt'), expected: 'info' },
  { name: 'cty application/jwt', token: nested('application/jwt'), expected: 'info' },
  { name: 'JWE with cty JWT', token: jwe({ alg: 'RSA-OAEP-256', enc: 'A256GCM', cty: 'JWT' }), expected: 'info' },
  { name: 'cty json', token: hs(GOOD, { alg: 'HS256', typ: 'JWT', cty: 'json' }), expected: undefined },
  { name: 'no cty', token: hs(GOOD), expected: undefined },
];

describe(RULE, () => {
  ruleSuite(RULE, cases);
  it('the inner unsigned token is linted too (its findings carry the nested path)', async () => {
    const report = await expectCase(RULE, { name: 'nested', token: nested('JWT'), expected: 'info' });
    expect(report.nested.length).toBeGreaterThan(0);
    expect(report.findings.some((f) => f.rule === 'alg-none' && f.path?.length)).toBe(true);
    expect(hits(report, RULE).every((f) => f.path === undefined)).toBe(true);
  });
});
