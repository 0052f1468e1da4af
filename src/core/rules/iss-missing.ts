import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section H of rules.md). Replace the whole file.
export const issMissing: LintRule = {
  id: 'iss-missing',
  severity: 'info',
  title: 'iss-missing',
  explanation: '',
  references: [],
  check: () => [],
};
