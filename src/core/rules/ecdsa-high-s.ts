import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section C of rules.md). Replace the whole file.
export const ecdsaHighS: LintRule = {
  id: 'ecdsa-high-s',
  severity: 'info',
  title: 'ecdsa-high-s',
  explanation: '',
  references: [],
  check: () => [],
};
