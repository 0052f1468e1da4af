import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section A of rules.md). Replace the whole file.
export const inputSurroundingNoise: LintRule = {
  id: 'input-surrounding-noise',
  severity: 'info',
  title: 'input-surrounding-noise',
  explanation: '',
  references: [],
  check: () => [],
};
