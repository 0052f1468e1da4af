import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section H of rules.md). Replace the whole file.
export const audWildcard: LintRule = {
  id: 'aud-wildcard',
  severity: 'warning',
  title: 'aud-wildcard',
  explanation: '',
  references: [],
  check: () => [],
};
