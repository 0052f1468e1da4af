import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section D of rules.md). Replace the whole file.
export const jwksKidNotFound: LintRule = {
  id: 'jwks-kid-not-found',
  severity: 'warning',
  title: 'jwks-kid-not-found',
  explanation: '',
  references: [],
  check: () => [],
};
