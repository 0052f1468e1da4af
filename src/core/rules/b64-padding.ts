import type { LintRule } from './types';
import { segmentIssueHits } from '../lint/segment-issues';

export const b64Padding: LintRule = {
  id: 'b64-padding',
  severity: 'warning',
  input: 'T',
  title: 'Base64 "=" padding in the token',
  explanation:
    'JWTs use base64url without "=" padding. A padded segment means the same token exists in several string forms that lenient libraries all accept, which defeats deny-lists and replay caches keyed on the exact string.',
  references: ['RFC 7515 §2 (Base64url Encoding), App. C', 'RFC 4648 §5', "OWASP JWT CS 'JWT denylist'"],
  check(ctx) {
    return segmentIssueHits(ctx, ['padding'], (s) => `${s.label} ends in "=" padding, which base64url in JWTs must not have.`);
  },
};
