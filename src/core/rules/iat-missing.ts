import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section G of rules.md). Replace the whole file.
export const iatMissing: LintRule = {
  id: 'iat-missing',
  severity: 'info',
  title: 'iat-missing',
  explanation: '',
  references: [],
  check: () => [],
};
