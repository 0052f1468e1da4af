import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section E of rules.md). Replace the whole file.
export const x5cMalformed: LintRule = {
  id: 'x5c-malformed',
  severity: 'warning',
  title: 'x5c-malformed',
  explanation: '',
  references: [],
  check: () => [],
};
