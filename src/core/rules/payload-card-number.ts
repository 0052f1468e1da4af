import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section J of rules.md). Replace the whole file.
export const payloadCardNumber: LintRule = {
  id: 'payload-card-number',
  severity: 'error',
  title: 'payload-card-number',
  explanation: '',
  references: [],
  check: () => [],
};
