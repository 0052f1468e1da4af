import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section C of rules.md). Replace the whole file.
export const sigLengthMismatch: LintRule = {
  id: 'sig-length-mismatch',
  severity: 'error',
  title: 'sig-length-mismatch',
  explanation: '',
  references: [],
  check: () => [],
};
