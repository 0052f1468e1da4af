import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section B of rules.md). Replace the whole file.
export const jsonEscapedMemberName: LintRule = {
  id: 'json-escaped-member-name',
  severity: 'warning',
  title: 'json-escaped-member-name',
  explanation: '',
  references: [],
  check: () => [],
};
