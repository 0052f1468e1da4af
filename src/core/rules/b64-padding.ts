import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section A of rules.md). Replace the whole file.
export const b64Padding: LintRule = {
  id: 'b64-padding',
  severity: 'warning',
  title: 'b64-padding',
  explanation: '',
  references: [],
  check: () => [],
};
