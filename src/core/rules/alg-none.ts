import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section C of rules.md). Replace the whole file.
export const algNone: LintRule = {
  id: 'alg-none',
  severity: 'error',
  title: 'alg-none',
  explanation: '',
  references: [],
  check: () => [],
};
