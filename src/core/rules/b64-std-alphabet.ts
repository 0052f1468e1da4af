import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section A of rules.md). Replace the whole file.
export const b64StdAlphabet: LintRule = {
  id: 'b64-std-alphabet',
  severity: 'warning',
  title: 'b64-std-alphabet',
  explanation: '',
  references: [],
  check: () => [],
};
