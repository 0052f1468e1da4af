import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section C of rules.md). Replace the whole file.
export const ecdsaDerSignature: LintRule = {
  id: 'ecdsa-der-signature',
  severity: 'error',
  title: 'ecdsa-der-signature',
  explanation: '',
  references: [],
  check: () => [],
};
