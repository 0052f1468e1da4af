import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section G of rules.md). Replace the whole file.
export const timeClaimMilliseconds: LintRule = {
  id: 'time-claim-milliseconds',
  severity: 'warning',
  title: 'time-claim-milliseconds',
  explanation: '',
  references: [],
  check: () => [],
};
