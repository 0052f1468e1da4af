import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section K of rules.md). Replace the whole file.
export const jweRsa15: LintRule = {
  id: 'jwe-rsa1_5',
  severity: 'warning',
  title: 'jwe-rsa1_5',
  explanation: '',
  references: [],
  check: () => [],
};
