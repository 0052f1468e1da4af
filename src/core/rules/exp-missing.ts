import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section G of rules.md). Replace the whole file.
export const expMissing: LintRule = {
  id: 'exp-missing',
  severity: 'warning',
  title: 'exp-missing',
  explanation: '',
  references: [],
  check: () => [],
};
