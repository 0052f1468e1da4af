import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section B of rules.md). Replace the whole file.
export const jsonEncoding: LintRule = {
  id: 'json-encoding',
  severity: 'error',
  title: 'json-encoding',
  explanation: '',
  references: [],
  check: () => [],
};
