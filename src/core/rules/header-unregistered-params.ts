import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section F of rules.md). Replace the whole file.
export const headerUnregisteredParams: LintRule = {
  id: 'header-unregistered-params',
  severity: 'info',
  title: 'header-unregistered-params',
  explanation: '',
  references: [],
  check: () => [],
};
