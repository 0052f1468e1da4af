import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section A of rules.md). Replace the whole file.
export const formatSegmentCount: LintRule = {
  id: 'format-segment-count',
  severity: 'error',
  title: 'format-segment-count',
  explanation: '',
  references: [],
  check: () => [],
};
