import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section J of rules.md). Replace the whole file.
export const payloadGovId: LintRule = {
  id: 'payload-gov-id',
  severity: 'warning',
  title: 'payload-gov-id',
  explanation: '',
  references: [],
  check: () => [],
};
