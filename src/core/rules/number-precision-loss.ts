import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section I of rules.md). Replace the whole file.
export const numberPrecisionLoss: LintRule = {
  id: 'number-precision-loss',
  severity: 'warning',
  title: 'number-precision-loss',
  explanation: '',
  references: [],
  check: () => [],
};
