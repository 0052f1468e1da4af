import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section A of rules.md). Replace the whole file.
export const tokenSizeLarge: LintRule = {
  id: 'token-size-large',
  severity: 'info',
  title: 'token-size-large',
  explanation: '',
  references: [],
  check: () => [],
};
