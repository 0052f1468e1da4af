import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section E of rules.md). Replace the whole file.
export const x5tMismatch: LintRule = {
  id: 'x5t-mismatch',
  severity: 'error',
  title: 'x5t-mismatch',
  explanation: '',
  references: [],
  check: () => [],
};
