import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section G of rules.md). Replace the whole file.
export const iatStale: LintRule = {
  id: 'iat-stale',
  severity: 'warning',
  title: 'iat-stale',
  explanation: '',
  references: [],
  check: () => [],
};
