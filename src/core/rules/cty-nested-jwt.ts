import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section F of rules.md). Replace the whole file.
export const ctyNestedJwt: LintRule = {
  id: 'cty-nested-jwt',
  severity: 'info',
  title: 'cty-nested-jwt',
  explanation: '',
  references: [],
  check: () => [],
};
