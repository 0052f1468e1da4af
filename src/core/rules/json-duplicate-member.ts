import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section B of rules.md). Replace the whole file.
export const jsonDuplicateMember: LintRule = {
  id: 'json-duplicate-member',
  severity: 'error',
  title: 'json-duplicate-member',
  explanation: '',
  references: [],
  check: () => [],
};
