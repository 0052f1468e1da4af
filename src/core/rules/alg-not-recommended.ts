import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section C of rules.md). Replace the whole file.
export const algNotRecommended: LintRule = {
  id: 'alg-not-recommended',
  severity: 'info',
  title: 'alg-not-recommended',
  explanation: '',
  references: [],
  check: () => [],
};
