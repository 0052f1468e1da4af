import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section E of rules.md). Replace the whole file.
export const kidAnomalous: LintRule = {
  id: 'kid-anomalous',
  severity: 'warning',
  title: 'kid-anomalous',
  explanation: '',
  references: [],
  check: () => [],
};
