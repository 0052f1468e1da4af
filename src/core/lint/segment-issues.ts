// Segments with a given base64url problem, as findings pointing at the segment; an SD-JWT's
// Disclosures are checked alike (rules-next "When an SD-JWT is presented").
import type { Base64Issue, Segment } from '../parse/types';
import type { RuleContext, RuleHit } from '../rules/types';
import { segmentSpan } from '../rules/context/spans';
import { disclosureParts } from '../sd-jwt/disclosure-parts';

/** What a message is about: 'The payload segment', 'Disclosure #2 (`address`)'. */
export interface IssueSource {
  label: string;
  raw: string;
  issues: Base64Issue[];
}

/** One hit per segment or Disclosure that has any of `issues`; `say` words the message for it. */
export function segmentIssueHits(ctx: RuleContext, issues: readonly Base64Issue[], say: (s: IssueSource) => string): RuleHit[] {
  // Text with no dot at all is no token: format-segment-count says so, segment details are noise.
  if (ctx.token.kind === 'malformed' && !ctx.token.text.includes('.')) return [];
  const has = (s: { issues: Base64Issue[] }) => s.issues.some((i) => issues.includes(i));
  const hits: RuleHit[] = ctx.token.segments.filter(has).map((s) => ({ message: say({ ...s, label: segmentLabel(s) }), at: segmentSpan(s) }));
  for (const d of ctx.sd ? disclosureParts(ctx.sd).filter(has) : []) hits.push({ message: say(d), ...(d.at ? { at: d.at } : {}) });
  return hits;
}

export const segmentLabel = (s: Segment): string => `The ${s.name.replace('_', ' ')} segment`;
