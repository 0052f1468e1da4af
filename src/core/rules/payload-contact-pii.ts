import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section J of rules.md). Replace the whole file.
export const payloadContactPii: LintRule = {
  id: 'payload-contact-pii',
  severity: 'info',
  title: 'payload-contact-pii',
  explanation: '',
  references: [],
  check: () => [],
};
