// Shared walk for the payload-* rules: flag members by name (with a filled-in value) and
// strings by content, once per member, pointing at the member or the value.
import type { RuleContext, RuleHit } from '../types';
import { hasContent, memberSpan, normalName, walkValues } from './value-walk';

export interface PayloadScan {
  /** A message when this member name marks sensitive data (name is as written). */
  byName?(name: string, normal: string, path: string[]): string | undefined;
  /** A message when this string (or integer lexeme, for numbers) is sensitive. `where.path`
   * is built only when read, so read it only for a message. */
  byValue?(text: string, where: ValueAt, isNumber: boolean): string | undefined;
}

/** Where a value sits in the payload. */
export interface ValueAt {
  readonly path: string[];
}

const MAX_HITS = 10;

export function scanPayload(ctx: RuleContext, scan: PayloadScan): RuleHit[] {
  if (!ctx.token.payload?.json?.node) return [];
  const out: RuleHit[] = [];
  const flagged: string[] = [];
  const key = (path: string[]) => `${path.join('\u0000')}\u0000`;
  const inside = (path: string[]) => flagged.some((p) => key(path).startsWith(p));
  const items = walkValues(ctx, 'payload');
  // Indexed, not for-of: before the engine optimises this loop (a first paste), every for-of
  // step allocates an iterator result, 10,000 of them per rule.
  for (let i = 0; i < items.length; i++) {
    if (out.length >= MAX_HITS) break;
    const item = items[i]!;
    if (item.kind === 'name') {
      const name = item.member.name;
      const message = hasContent(item.member.value) ? scan.byName?.(name, normalName(name), item.path) : undefined;
      if (message === undefined) continue;
      flagged.push(key(item.path));
      out.push({ message, at: memberSpan('payload', item.member)});
      continue;
    }
    if (flagged.length && inside(item.path)) continue;
    const text = item.kind === 'string' ? item.value : /^\d+$/.test(item.raw) ? item.raw : undefined;
    const message = text === undefined ? undefined : scan.byValue?.(text, item, item.kind === 'number');
    if (message !== undefined) out.push({ message, at: item.at});
  }
  return out;
}

/** `claim` or `claim.inner.0` for messages. */
export function claimName(where: string[] | ValueAt): string {
  const path = Array.isArray(where) ? where : where.path;
  return path.length ? `\`${path.join('.')}\`` : 'The payload';
}
