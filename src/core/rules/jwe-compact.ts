import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section K of rules.md). Replace the whole file.
export const jweCompact: LintRule = {
  id: 'jwe-compact',
  severity: 'info',
  title: 'jwe-compact',
  explanation: '',
  references: [],
  check: () => [],
};
