import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section C of rules.md). Replace the whole file.
export const rsaKeyTooSmallInferred: LintRule = {
  id: 'rsa-key-too-small-inferred',
  severity: 'error',
  title: 'rsa-key-too-small-inferred',
  explanation: '',
  references: [],
  check: () => [],
};
