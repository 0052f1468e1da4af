import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section F of rules.md). Replace the whole file.
export const typAtJwtClaimsMissing: LintRule = {
  id: 'typ-at-jwt-claims-missing',
  severity: 'error',
  title: 'typ-at-jwt-claims-missing',
  explanation: '',
  references: [],
  check: () => [],
};
