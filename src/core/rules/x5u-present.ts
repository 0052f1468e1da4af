import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section E of rules.md). Replace the whole file.
export const x5uPresent: LintRule = {
  id: 'x5u-present',
  severity: 'warning',
  title: 'x5u-present',
  explanation: '',
  references: [],
  check: () => [],
};
