import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section C of rules.md). Replace the whole file.
export const algMissing: LintRule = {
  id: 'alg-missing',
  severity: 'error',
  title: 'alg-missing',
  explanation: '',
  references: [],
  check: () => [],
};
