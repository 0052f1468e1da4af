import type { LintRule } from './types';
import { segmentIssueHits } from '../lint/segment-issues';

export const b64TrailingBits: LintRule = {
  id: 'b64-trailing-bits',
  severity: 'warning',
  input: 'T',
  title: 'Non-zero unused bits in the last base64 character',
  explanation:
    'The last character of a segment carries bits that no conforming encoder sets. Lenient decoders drop them, so several different strings decode to the same token: a way around deny-lists, and proof the string was edited by hand.',
  references: ['RFC 4648 §3.5', 'RFC 7515 App. C', "OWASP JWT CS 'JWT denylist'"],
  check(ctx) {
    return segmentIssueHits(
      ctx,
      ['trailing-bits'],
      (s) => `${s.label} ends in "${s.raw.trim().slice(-1)}", whose unused low bits are not zero: the string was not made by a standard encoder.`,
    );
  },
};
