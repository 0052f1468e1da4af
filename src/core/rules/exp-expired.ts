import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section G of rules.md). Replace the whole file.
export const expExpired: LintRule = {
  id: 'exp-expired',
  severity: 'error',
  title: 'exp-expired',
  explanation: '',
  references: [],
  check: () => [],
};
