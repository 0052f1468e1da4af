import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section J of rules.md). Replace the whole file.
export const payloadInternalInfo: LintRule = {
  id: 'payload-internal-info',
  severity: 'info',
  title: 'payload-internal-info',
  explanation: '',
  references: [],
  check: () => [],
};
