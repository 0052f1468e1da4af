import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section K of rules.md). Replace the whole file.
export const jweZip: LintRule = {
  id: 'jwe-zip',
  severity: 'warning',
  title: 'jwe-zip',
  explanation: '',
  references: [],
  check: () => [],
};
