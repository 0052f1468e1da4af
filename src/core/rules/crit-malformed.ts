import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section F of rules.md). Replace the whole file.
export const critMalformed: LintRule = {
  id: 'crit-malformed',
  severity: 'error',
  title: 'crit-malformed',
  explanation: '',
  references: [],
  check: () => [],
};
