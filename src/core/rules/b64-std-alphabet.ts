import type { LintRule } from './types';
import { segmentIssueHits } from '../lint/segment-issues';

export const b64StdAlphabet: LintRule = {
  id: 'b64-std-alphabet',
  severity: 'warning',
  input: 'T',
  title: 'Standard base64 "+" or "/" in the token',
  explanation:
    'JWTs use the URL-safe alphabet with "-" and "_". A "+" or "/" means plain base64 was used; lenient decoders accept both, so one token has several string forms and string-keyed deny-lists can be bypassed.',
  references: ['RFC 7515 §2', 'RFC 4648 §5'],
  check(ctx) {
    return segmentIssueHits(ctx, ['std-alphabet'], (s) => `${s.label} contains "+" or "/" (standard base64) where base64url uses "-" and "_".`);
  },
};
