import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section F of rules.md). Replace the whole file.
export const tokenKindIdToken: LintRule = {
  id: 'token-kind-id-token',
  severity: 'info',
  title: 'token-kind-id-token',
  explanation: '',
  references: [],
  check: () => [],
};
