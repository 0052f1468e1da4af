import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section A of rules.md). Replace the whole file.
export const b64Whitespace: LintRule = {
  id: 'b64-whitespace',
  severity: 'warning',
  title: 'b64-whitespace',
  explanation: '',
  references: [],
  check: () => [],
};
