import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section C of rules.md). Replace the whole file.
export const eddsaSOutOfRange: LintRule = {
  id: 'eddsa-s-out-of-range',
  severity: 'error',
  title: 'eddsa-s-out-of-range',
  explanation: '',
  references: [],
  check: () => [],
};
