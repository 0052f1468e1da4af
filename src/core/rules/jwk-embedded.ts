import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section E of rules.md). Replace the whole file.
export const jwkEmbedded: LintRule = {
  id: 'jwk-embedded',
  severity: 'warning',
  title: 'jwk-embedded',
  explanation: '',
  references: [],
  check: () => [],
};
