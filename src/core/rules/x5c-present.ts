import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section E of rules.md). Replace the whole file.
export const x5cPresent: LintRule = {
  id: 'x5c-present',
  severity: 'warning',
  title: 'x5c-present',
  explanation: '',
  references: [],
  check: () => [],
};
