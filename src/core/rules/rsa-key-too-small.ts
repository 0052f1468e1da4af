import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section D of rules.md). Replace the whole file.
export const rsaKeyTooSmall: LintRule = {
  id: 'rsa-key-too-small',
  severity: 'error',
  title: 'rsa-key-too-small',
  explanation: '',
  references: [],
  check: () => [],
};
