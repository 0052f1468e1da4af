import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section D of rules.md). Replace the whole file.
export const sigNotVerified: LintRule = {
  id: 'sig-not-verified',
  severity: 'info',
  title: 'sig-not-verified',
  explanation: '',
  references: [],
  check: () => [],
};
