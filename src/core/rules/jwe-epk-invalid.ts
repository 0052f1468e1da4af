import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section K of rules.md). Replace the whole file.
export const jweEpkInvalid: LintRule = {
  id: 'jwe-epk-invalid',
  severity: 'error',
  title: 'jwe-epk-invalid',
  explanation: '',
  references: [],
  check: () => [],
};
