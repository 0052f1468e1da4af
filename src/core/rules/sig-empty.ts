import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section C of rules.md). Replace the whole file.
export const sigEmpty: LintRule = {
  id: 'sig-empty',
  severity: 'error',
  title: 'sig-empty',
  explanation: '',
  references: [],
  check: () => [],
};
