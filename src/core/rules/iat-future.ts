import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section G of rules.md). Replace the whole file.
export const iatFuture: LintRule = {
  id: 'iat-future',
  severity: 'warning',
  title: 'iat-future',
  explanation: '',
  references: [],
  check: () => [],
};
