import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section D of rules.md). Replace the whole file.
export const hmacSecretTooShort: LintRule = {
  id: 'hmac-secret-too-short',
  severity: 'error',
  title: 'hmac-secret-too-short',
  explanation: '',
  references: [],
  check: () => [],
};
