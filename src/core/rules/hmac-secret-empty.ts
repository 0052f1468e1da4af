import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section D of rules.md). Replace the whole file.
export const hmacSecretEmpty: LintRule = {
  id: 'hmac-secret-empty',
  severity: 'error',
  title: 'hmac-secret-empty',
  explanation: '',
  references: [],
  check: () => [],
};
