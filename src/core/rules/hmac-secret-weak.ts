import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section D of rules.md). Replace the whole file.
export const hmacSecretWeak: LintRule = {
  id: 'hmac-secret-weak',
  severity: 'error',
  title: 'hmac-secret-weak',
  explanation: '',
  references: [],
  check: () => [],
};
