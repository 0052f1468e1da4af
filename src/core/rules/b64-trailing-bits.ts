import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section A of rules.md). Replace the whole file.
export const b64TrailingBits: LintRule = {
  id: 'b64-trailing-bits',
  severity: 'warning',
  title: 'b64-trailing-bits',
  explanation: '',
  references: [],
  check: () => [],
};
