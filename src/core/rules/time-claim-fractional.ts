import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section I of rules.md). Replace the whole file.
export const timeClaimFractional: LintRule = {
  id: 'time-claim-fractional',
  severity: 'info',
  title: 'time-claim-fractional',
  explanation: '',
  references: [],
  check: () => [],
};
