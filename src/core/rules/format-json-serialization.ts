import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section A of rules.md). Replace the whole file.
export const formatJsonSerialization: LintRule = {
  id: 'format-json-serialization',
  severity: 'warning',
  title: 'format-json-serialization',
  explanation: '',
  references: [],
  check: () => [],
};
