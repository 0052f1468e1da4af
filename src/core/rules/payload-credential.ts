import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section J of rules.md). Replace the whole file.
export const payloadCredential: LintRule = {
  id: 'payload-credential',
  severity: 'error',
  title: 'payload-credential',
  explanation: '',
  references: [],
  check: () => [],
};
