import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section C of rules.md). Replace the whole file.
export const ecdsaPsychicSignature: LintRule = {
  id: 'ecdsa-psychic-signature',
  severity: 'error',
  title: 'ecdsa-psychic-signature',
  explanation: '',
  references: [],
  check: () => [],
};
