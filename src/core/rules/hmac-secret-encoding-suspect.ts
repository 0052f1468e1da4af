import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section D of rules.md). Replace the whole file.
export const hmacSecretEncodingSuspect: LintRule = {
  id: 'hmac-secret-encoding-suspect',
  severity: 'info',
  title: 'hmac-secret-encoding-suspect',
  explanation: '',
  references: [],
  check: () => [],
};
