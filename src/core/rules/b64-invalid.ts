import type { Base64Issue, Segment } from '../parse/types';
import type { LintRule } from './types';
import { segmentIssueHits, segmentLabel } from '../lint/segment-issues';
import { segmentSpan } from './context';

const SAY: Partial<Record<Base64Issue, string>> = {
  'invalid-char': 'has characters that are not base64url',
  'bad-length': 'has a length that no base64 text can have (one character too many or too few)',
  empty: 'is empty',
};

export const b64Invalid: LintRule = {
  id: 'b64-invalid',
  severity: 'error',
  input: 'T',
  title: 'Segment is not valid base64url',
  explanation:
    'A segment contains characters outside base64url, has an impossible length, or the header or payload is empty. Such input cannot be decoded as a JWT at all; it is damaged or fuzzing input.',
  references: ['RFC 7515 §2, §7.1', "8725bis §3 'Check JWT Format Type'"],
  check(ctx) {
    const hits = segmentIssueHits(ctx, ['invalid-char', 'bad-length', 'empty'], (s) => `${s.label} ${problems(s)}.`);
    // An empty header or payload segment is invalid even where the parser did not flag it; but an
    // empty payload under a signature that verifies is detached or empty content (RFC 7515 App.
    // F, RFC 7797), signed as it stands: nothing damaged.
    const signedAsIs = ctx.verdict.status === 'valid';
    for (const s of ctx.token.segments) {
      if (isEmptyJwsPart(ctx.token.kind, s) && !s.issues.includes('empty') && !(signedAsIs && s.name === 'payload')) {
        hits.push({ message: `${segmentLabel(s)} is empty.`, at: segmentSpan(s) });
      }
    }
    return hits;
  },
};

function problems(s: { issues: Base64Issue[] }): string {
  return s.issues.flatMap((i) => (SAY[i] ? [SAY[i]] : [])).join(' and ');
}

function isEmptyJwsPart(kind: string, s: Segment): boolean {
  return kind !== 'jwe' && (s.name === 'header' || s.name === 'payload') && s.raw === '';
}
