import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section D of rules.md). Replace the whole file.
export const sigInvalid: LintRule = {
  id: 'sig-invalid',
  severity: 'error',
  title: 'sig-invalid',
  explanation: '',
  references: [],
  check: () => [],
};
