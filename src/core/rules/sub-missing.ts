import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section H of rules.md). Replace the whole file.
export const subMissing: LintRule = {
  id: 'sub-missing',
  severity: 'info',
  title: 'sub-missing',
  explanation: '',
  references: [],
  check: () => [],
};
