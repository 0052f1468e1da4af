import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section K of rules.md). Replace the whole file.
export const jweNotAuthenticated: LintRule = {
  id: 'jwe-not-authenticated',
  severity: 'warning',
  title: 'jwe-not-authenticated',
  explanation: '',
  references: [],
  check: () => [],
};
