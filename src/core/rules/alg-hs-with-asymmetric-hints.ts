import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section D of rules.md). Replace the whole file.
export const algHsWithAsymmetricHints: LintRule = {
  id: 'alg-hs-with-asymmetric-hints',
  severity: 'warning',
  title: 'alg-hs-with-asymmetric-hints',
  explanation: '',
  references: [],
  check: () => [],
};
