import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section A of rules.md). Replace the whole file.
export const b64Invalid: LintRule = {
  id: 'b64-invalid',
  severity: 'error',
  title: 'b64-invalid',
  explanation: '',
  references: [],
  check: () => [],
};
