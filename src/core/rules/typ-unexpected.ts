import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section F of rules.md). Replace the whole file.
export const typUnexpected: LintRule = {
  id: 'typ-unexpected',
  severity: 'info',
  title: 'typ-unexpected',
  explanation: '',
  references: [],
  check: () => [],
};
