import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section D of rules.md). Replace the whole file.
export const rsaPublicExponentWeak: LintRule = {
  id: 'rsa-public-exponent-weak',
  severity: 'error',
  title: 'rsa-public-exponent-weak',
  explanation: '',
  references: [],
  check: () => [],
};
