import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section F of rules.md). Replace the whole file.
export const critUnknown: LintRule = {
  id: 'crit-unknown',
  severity: 'error',
  title: 'crit-unknown',
  explanation: '',
  references: [],
  check: () => [],
};
