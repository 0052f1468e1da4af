import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section G of rules.md). Replace the whole file.
export const timeClaimFarFuture: LintRule = {
  id: 'time-claim-far-future',
  severity: 'warning',
  title: 'time-claim-far-future',
  explanation: '',
  references: [],
  check: () => [],
};
