import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section C of rules.md). Replace the whole file.
export const unsecuredWithSignature: LintRule = {
  id: 'unsecured-with-signature',
  severity: 'error',
  title: 'unsecured-with-signature',
  explanation: '',
  references: [],
  check: () => [],
};
