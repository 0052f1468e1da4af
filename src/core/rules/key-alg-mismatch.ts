import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section D of rules.md). Replace the whole file.
export const keyAlgMismatch: LintRule = {
  id: 'key-alg-mismatch',
  severity: 'error',
  title: 'key-alg-mismatch',
  explanation: '',
  references: [],
  check: () => [],
};
