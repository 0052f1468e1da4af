// Segments with a given base64url problem, as findings pointing at the segment.
import type { Base64Issue, Segment } from '../parse/types';
import type { RuleContext, RuleHit } from '../rules/types';
import { segmentSpan } from '../rules/context/spans';

/** One hit per segment that has any of `issues`; `say` words the message for that segment. */
export function segmentIssueHits(ctx: RuleContext, issues: readonly Base64Issue[], say: (s: Segment) => string): RuleHit[] {
  // Text with no dot at all is no token: format-segment-count says so, segment details are noise.
  if (ctx.token.kind === 'malformed' && !ctx.token.text.includes('.')) return [];
  return ctx.token.segments
    .filter((s) => s.issues.some((i) => issues.includes(i)))
    .map((s) => ({ message: say(s), at: segmentSpan(s) }));
}

export const segmentLabel = (s: Segment): string => `The ${s.name.replace('_', ' ')} segment`;
