import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section C of rules.md). Replace the whole file.
export const algUnknown: LintRule = {
  id: 'alg-unknown',
  severity: 'warning',
  title: 'alg-unknown',
  explanation: '',
  references: [],
  check: () => [],
};
