import { expect, it } from 'vitest';
import { hits } from '../../helpers/mint';
import { CLEAN, describeRule, expectRule, type RuleCase } from '../claims/rule-cases';

const RULE = 'aud-wildcard';

const cases: RuleCase[] = [
  { name: 'catalogue example ("*")', payload: { sub: 'u1', aud: '*' }, expected: 'warning' },
  { name: 'empty string', payload: { ...CLEAN, aud: '' }, expected: 'warning' },
  { name: 'blank string', payload: { ...CLEAN, aud: '  ' }, expected: 'warning' },
  { name: 'pattern', payload: { ...CLEAN, aud: 'https://*.example.com' }, expected: 'warning' },
  { name: '"*" inside an array', payload: { ...CLEAN, aud: ['api', '*'] }, expected: 'warning' },
  { name: 'empty string inside an array', payload: { ...CLEAN, aud: ['api', ''] }, expected: 'warning' },
  { name: 'plain audience', payload: CLEAN, expected: undefined },
  { name: 'plain audiences', payload: { ...CLEAN, aud: ['a', 'https://b.example/'] }, expected: undefined },
  { name: 'no aud', payload: { sub: 'u1' }, expected: undefined },
  { name: 'non-string aud', payload: { ...CLEAN, aud: 0 }, expected: undefined },
];

describeRule(RULE, cases, () => {
  it('reports each wildcard entry separately', async () => {
    const report = await expectRule(RULE, { name: 'two', payload: { ...CLEAN, aud: ['*', 'a', ''] }, expected: 'warning' });
    expect(hits(report, RULE)).toHaveLength(2);
  });
});
