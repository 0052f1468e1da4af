import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section G of rules.md). Replace the whole file.
export const lifetimeLong: LintRule = {
  id: 'lifetime-long',
  severity: 'warning',
  title: 'lifetime-long',
  explanation: '',
  references: [],
  check: () => [],
};
