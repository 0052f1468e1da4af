import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section K of rules.md). Replace the whole file.
export const jwePbes2P2c: LintRule = {
  id: 'jwe-pbes2-p2c',
  severity: 'warning',
  title: 'jwe-pbes2-p2c',
  explanation: '',
  references: [],
  check: () => [],
};
