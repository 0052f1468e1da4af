import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section A of rules.md). Replace the whole file.
export const inputAuthSchemePrefix: LintRule = {
  id: 'input-auth-scheme-prefix',
  severity: 'info',
  title: 'input-auth-scheme-prefix',
  explanation: '',
  references: [],
  check: () => [],
};
