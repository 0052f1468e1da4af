import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section E of rules.md). Replace the whole file.
export const kidInjection: LintRule = {
  id: 'kid-injection',
  severity: 'error',
  title: 'kid-injection',
  explanation: '',
  references: [],
  check: () => [],
};
