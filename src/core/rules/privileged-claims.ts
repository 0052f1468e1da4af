import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section H of rules.md). Replace the whole file.
export const privilegedClaims: LintRule = {
  id: 'privileged-claims',
  severity: 'info',
  title: 'privileged-claims',
  explanation: '',
  references: [],
  check: () => [],
};
