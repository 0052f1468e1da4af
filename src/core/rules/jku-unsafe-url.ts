import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section E of rules.md). Replace the whole file.
export const jkuUnsafeUrl: LintRule = {
  id: 'jku-unsafe-url',
  severity: 'error',
  title: 'jku-unsafe-url',
  explanation: '',
  references: [],
  check: () => [],
};
