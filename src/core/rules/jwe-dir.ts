import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section K of rules.md). Replace the whole file.
export const jweDir: LintRule = {
  id: 'jwe-dir',
  severity: 'info',
  title: 'jwe-dir',
  explanation: '',
  references: [],
  check: () => [],
};
