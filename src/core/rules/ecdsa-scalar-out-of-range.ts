import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section C of rules.md). Replace the whole file.
export const ecdsaScalarOutOfRange: LintRule = {
  id: 'ecdsa-scalar-out-of-range',
  severity: 'error',
  title: 'ecdsa-scalar-out-of-range',
  explanation: '',
  references: [],
  check: () => [],
};
