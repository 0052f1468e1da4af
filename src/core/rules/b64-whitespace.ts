import type { LintRule } from './types';
import { segmentIssueHits } from '../lint/segment-issues';

export const b64Whitespace: LintRule = {
  id: 'b64-whitespace',
  severity: 'warning',
  input: 'T',
  title: 'Whitespace inside the token',
  explanation:
    'A token must not contain spaces, tabs or line breaks. They usually come from a log or e-mail that wrapped the line; lenient decoders skip them, so the token has several string forms.',
  references: ['RFC 7515 §2, §7.1'],
  check(ctx) {
    return segmentIssueHits(ctx, ['whitespace'], (s) => `${s.label} contains whitespace or a line break, probably from line wrapping.`);
  },
};
