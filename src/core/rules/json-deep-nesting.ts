import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section B of rules.md). Replace the whole file.
export const jsonDeepNesting: LintRule = {
  id: 'json-deep-nesting',
  severity: 'warning',
  title: 'json-deep-nesting',
  explanation: '',
  references: [],
  check: () => [],
};
