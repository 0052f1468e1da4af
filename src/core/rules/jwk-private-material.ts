import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section E of rules.md). Replace the whole file.
export const jwkPrivateMaterial: LintRule = {
  id: 'jwk-private-material',
  severity: 'error',
  title: 'jwk-private-material',
  explanation: '',
  references: [],
  check: () => [],
};
