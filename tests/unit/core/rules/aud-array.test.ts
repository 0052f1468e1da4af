import { expect, it } from 'vitest';
import { hits } from '../../helpers/mint';
import { CLEAN, describeRule, expectRule, type RuleCase } from '../claims/rule-cases';

const RULE = 'aud-array';

const cases: RuleCase[] = [
  {
    name: 'catalogue example (["api-a","api-b"])',
    token:
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1MSIsImF1ZCI6WyJhcGktYSIsImFwaS1iIl0sImV4cCI6NDEwMjQ0NDgwMH0.qi_Rxd7jauYn0iDf_v7nZO_SaO36FHRRIDHSNMa242E',
    expected: 'warning',
  },
  { name: 'one-element array', payload: { ...CLEAN, aud: ['api'] }, expected: 'info' },
  { name: 'empty array', payload: { ...CLEAN, aud: [] }, expected: 'warning' },
  { name: 'three audiences', payload: { ...CLEAN, aud: ['a', 'b', 'c'] }, expected: 'warning' },
  { name: 'non-string element', payload: { ...CLEAN, aud: [42] }, expected: 'error' },
  { name: 'string and null', payload: { ...CLEAN, aud: ['api', null] }, expected: 'error' },
  { name: 'nested array', payload: { ...CLEAN, aud: [['api']] }, expected: 'error' },
  { name: 'string', payload: CLEAN, expected: undefined },
  { name: 'object (claim-type-invalid says so)', payload: { ...CLEAN, aud: { a: 1 } }, expected: undefined },
];

describeRule(RULE, cases, () => {
  it('reports a non-string entry and a multi-valued list as two problems', async () => {
    const report = await expectRule(RULE, { name: 'both', payload: { ...CLEAN, aud: ['api', 7] }, expected: 'error' });
    expect(hits(report, RULE).map((f) => f.severity).sort()).toEqual(['error', 'warning']);
  });
});
