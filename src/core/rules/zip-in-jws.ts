import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section F of rules.md). Replace the whole file.
export const zipInJws: LintRule = {
  id: 'zip-in-jws',
  severity: 'warning',
  title: 'zip-in-jws',
  explanation: '',
  references: [],
  check: () => [],
};
