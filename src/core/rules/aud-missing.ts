import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section H of rules.md). Replace the whole file.
export const audMissing: LintRule = {
  id: 'aud-missing',
  severity: 'warning',
  title: 'aud-missing',
  explanation: '',
  references: [],
  check: () => [],
};
