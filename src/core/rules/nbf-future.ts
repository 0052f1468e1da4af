import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section G of rules.md). Replace the whole file.
export const nbfFuture: LintRule = {
  id: 'nbf-future',
  severity: 'error',
  title: 'nbf-future',
  explanation: '',
  references: [],
  check: () => [],
};
