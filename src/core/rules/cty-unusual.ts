import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section F of rules.md). Replace the whole file.
export const ctyUnusual: LintRule = {
  id: 'cty-unusual',
  severity: 'warning',
  title: 'cty-unusual',
  explanation: '',
  references: [],
  check: () => [],
};
