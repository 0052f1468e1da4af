import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section F of rules.md). Replace the whole file.
export const b64False: LintRule = {
  id: 'b64-false',
  severity: 'warning',
  title: 'b64-false',
  explanation: '',
  references: [],
  check: () => [],
};
