import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section B of rules.md). Replace the whole file.
export const jsonInvalid: LintRule = {
  id: 'json-invalid',
  severity: 'error',
  title: 'json-invalid',
  explanation: '',
  references: [],
  check: () => [],
};
