import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section E of rules.md). Replace the whole file.
export const jkuPresent: LintRule = {
  id: 'jku-present',
  severity: 'warning',
  title: 'jku-present',
  explanation: '',
  references: [],
  check: () => [],
};
