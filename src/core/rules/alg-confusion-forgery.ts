import type { LintRule } from '../types';

// PLACEHOLDER: not implemented yet (section D of rules.md). Replace the whole file.
export const algConfusionForgery: LintRule = {
  id: 'alg-confusion-forgery',
  severity: 'error',
  title: 'alg-confusion-forgery',
  explanation: '',
  references: [],
  check: () => [],
};
