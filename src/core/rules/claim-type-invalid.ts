import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section I of rules.md). Replace the whole file.
export const claimTypeInvalid: LintRule = {
  id: 'claim-type-invalid',
  severity: 'error',
  title: 'claim-type-invalid',
  explanation: '',
  references: [],
  check: () => [],
};
