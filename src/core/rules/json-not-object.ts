import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section B of rules.md). Replace the whole file.
export const jsonNotObject: LintRule = {
  id: 'json-not-object',
  severity: 'error',
  title: 'json-not-object',
  explanation: '',
  references: [],
  check: () => [],
};
