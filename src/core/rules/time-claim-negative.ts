import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section I of rules.md). Replace the whole file.
export const timeClaimNegative: LintRule = {
  id: 'time-claim-negative',
  severity: 'warning',
  title: 'time-claim-negative',
  explanation: '',
  references: [],
  check: () => [],
};
