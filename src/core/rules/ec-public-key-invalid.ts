import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section D of rules.md). Replace the whole file.
export const ecPublicKeyInvalid: LintRule = {
  id: 'ec-public-key-invalid',
  severity: 'error',
  title: 'ec-public-key-invalid',
  explanation: '',
  references: [],
  check: () => [],
};
