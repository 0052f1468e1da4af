import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section D of rules.md). Replace the whole file.
export const selfVerifiedOnly: LintRule = {
  id: 'self-verified-only',
  severity: 'error',
  title: 'self-verified-only',
  explanation: '',
  references: [],
  check: () => [],
};
