import { describe, expect, it } from 'vitest';
import { type Case, GOOD, hs, ruleSuite } from './fijk-cases';
import { hits, run } from '../../helpers/mint';

const RULE = 'time-claim-fractional';
/** Raw JSON text, so the number lexeme is exactly as written. */
const raw = (json: string) => hs(json);

const cases: Case[] = [
  { name: 'catalogue: exp 4102444800.5', token: raw('{"exp":4102444800.5}'), expected: 'info', count: 1 },
  { name: 'iat with .0 (integer-only parsers reject it)', token: raw('{"sub":"u1","iat":1767225600.0,"exp":4102444800}'), expected: 'info' },
  { name: 'nbf and exp fractional', token: raw('{"nbf":1767225600.25,"exp":4102444800.75}'), expected: 'info', count: 2 },
  { name: 'integers', token: hs(GOOD), expected: undefined },
  { name: 'fraction in a non-time claim', token: raw('{"sub":"u1","exp":4102444800,"score":0.5}'), expected: undefined },
  { name: 'exp as a string', token: raw('{"exp":"1.5"}'), expected: undefined },
  { name: 'issue 16: a fraction in exponent form still is fractional', token: raw('{"sub":"u1","exp":4.1024448005e9}'), expected: 'info', count: 1 },
];

describe(RULE, () => {
  ruleSuite(RULE, cases);

  it('issue 16: time-claim-fractional stays quiet on 1.30081938e+09 (a whole number in exponent form), which number-precision-loss reports', async () => {
    const report = await run(raw('{"sub":"u1","iat":1.30081938e+09,"exp":4.1024448e9}'));
    expect(report.kind).toBe('jws');
    expect(hits(report, RULE)).toEqual([]);
    expect(hits(report, 'number-precision-loss').map((f) => f.severity)).toEqual(['warning', 'warning']);
  });
});
