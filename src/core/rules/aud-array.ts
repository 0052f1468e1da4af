import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section H of rules.md). Replace the whole file.
export const audArray: LintRule = {
  id: 'aud-array',
  severity: 'info',
  title: 'aud-array',
  explanation: '',
  references: [],
  check: () => [],
};
