import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section F of rules.md). Replace the whole file.
export const paramUrlProbe: LintRule = {
  id: 'param-url-probe',
  severity: 'warning',
  title: 'param-url-probe',
  explanation: '',
  references: [],
  check: () => [],
};
