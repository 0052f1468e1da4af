import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section C of rules.md). Replace the whole file.
export const algNoneVariant: LintRule = {
  id: 'alg-none-variant',
  severity: 'error',
  title: 'alg-none-variant',
  explanation: '',
  references: [],
  check: () => [],
};
