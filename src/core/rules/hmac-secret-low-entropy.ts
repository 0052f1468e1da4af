import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section D of rules.md). Replace the whole file.
export const hmacSecretLowEntropy: LintRule = {
  id: 'hmac-secret-low-entropy',
  severity: 'warning',
  title: 'hmac-secret-low-entropy',
  explanation: '',
  references: [],
  check: () => [],
};
