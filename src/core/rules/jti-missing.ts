import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section H of rules.md). Replace the whole file.
export const jtiMissing: LintRule = {
  id: 'jti-missing',
  severity: 'info',
  title: 'jti-missing',
  explanation: '',
  references: [],
  check: () => [],
};
