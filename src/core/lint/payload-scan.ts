// Shared walk for the payload-* rules: flag members by name (with a filled-in value) and
// strings by content, once per member. Each rule reports one finding per token: it points at
// the first flagged claim, names every one in its message and carries all their spans.
import type { Span } from '../report';
import type { RuleContext, RuleHit } from '../rules/types';
import { hasContent, memberSpan, normalName, walkValues } from './value-walk';

export interface PayloadScan {
  /** What the member holds when its name marks sensitive data ("a credential"); name is as written. */
  byName?(name: string, normal: string, path: string[]): string | undefined;
  /** What this string (or integer lexeme, for numbers) holds when it is sensitive ("an e-mail
   * address"). `where.path` is built only when read, so read it only for the description. */
  byValue?(text: string, where: ValueAt, isNumber: boolean): string | undefined;
  /** What the claims hold, for a finding that lists several ("personal data"). */
  several: string;
}

/** Where a value sits in the payload. */
export interface ValueAt {
  readonly path: string[];
}

interface Flagged {
  claim: string;
  what: string;
  at: Span;
}

/** Claims named in one finding; the walk stops at the one after, to say there are more. */
const MAX_LISTED = 10;

export function scanPayload(ctx: RuleContext, scan: PayloadScan): RuleHit[] {
  if (!ctx.token.payload?.json?.node) return [];
  const found: Flagged[] = [];
  const flagged: string[] = [];
  const key = (path: string[]) => `${path.join('\u0000')}\u0000`;
  const inside = (path: string[]) => flagged.some((p) => key(path).startsWith(p));
  const items = walkValues(ctx, 'payload');
  // Indexed, not for-of: before the engine optimises this loop (a first paste), every for-of
  // step allocates an iterator result, 10,000 of them per rule.
  for (let i = 0; i < items.length; i++) {
    if (found.length > MAX_LISTED) break;
    const item = items[i]!;
    if (item.kind === 'name') {
      const name = item.member.name;
      const what = hasContent(item.member.value) ? scan.byName?.(name, normalName(name), item.path) : undefined;
      if (what === undefined) continue;
      flagged.push(key(item.path));
      found.push({ claim: claimName(item.path), what, at: memberSpan('payload', item.member) });
      continue;
    }
    if (flagged.length && inside(item.path)) continue;
    const text = item.kind === 'string' ? item.value : /^\d+$/.test(item.raw) ? item.raw : undefined;
    const what = text === undefined ? undefined : scan.byValue?.(text, item, item.kind === 'number');
    if (what !== undefined) found.push({ claim: claimName(item.path), what, at: item.at });
  }
  return groupedHit(found, scan.several);
}

function groupedHit(found: Flagged[], several: string): RuleHit[] {
  const first = found[0];
  if (!first) return [];
  if (found.length === 1) return [{ message: `${first.claim} holds ${first.what}, readable by anyone who sees the token.`, at: first.at }];
  const listed = found.slice(0, MAX_LISTED);
  const names = listed.map((f) => `${f.claim} (${f.what})`);
  const list = found.length > MAX_LISTED ? `${names.join(', ')} and more` : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
  return [
    {
      message: `These claims hold ${several}, readable by anyone who sees the token: ${list}.`,
      at: first.at,
      spans: listed.map((f) => f.at),
    },
  ];
}

/** `claim` or `claim.inner.0` for messages. */
export function claimName(where: string[] | ValueAt): string {
  const path = Array.isArray(where) ? where : where.path;
  return path.length ? `\`${path.join('.')}\`` : 'The payload';
}
