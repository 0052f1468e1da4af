import { describe, expect, it } from 'vitest';
import { runRules } from '../../../../src/core/rules/run';
import type { LintRule, RuleContext } from '../../../../src/core/rules/types';

const rule = (id: string, check: LintRule['check']): LintRule => ({
  id,
  severity: 'warning',
  title: id,
  explanation: '',
  references: [],
  input: 'T',
  check,
});

const ctx = {} as RuleContext;

describe('runRules', () => {
  it('turns a crashing rule into an internal finding and keeps running the others', () => {
    const findings = runRules(ctx, [
      rule('boom', () => {
        throw new Error('nope');
      }),
      rule('fine', () => [{ message: 'x' }]),
    ]);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['internal', 'warning'],
      ['fine', 'warning'],
    ]);
    expect(findings[0]!.message).toContain('boom');
  });

  it('uses the hit severity when a rule escalates, the default otherwise', () => {
    const findings = runRules(ctx, [rule('r', () => [{ message: 'a', severity: 'error' }, { message: 'b' }])]);
    expect(findings.map((f) => f.severity)).toEqual(['error', 'warning']);
  });
});
