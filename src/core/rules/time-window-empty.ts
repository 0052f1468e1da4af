import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section G of rules.md). Replace the whole file.
export const timeWindowEmpty: LintRule = {
  id: 'time-window-empty',
  severity: 'error',
  title: 'time-window-empty',
  explanation: '',
  references: [],
  check: () => [],
};
