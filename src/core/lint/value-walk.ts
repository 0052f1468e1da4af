// Walks a decoded header or payload tree and yields every member name, string and number with
// its span, so rules that look at "every value" can point at the one they flag.
import type { JsonMember, JsonNode, RuleContext, RuleHit, Span } from '../types';
import { rootOf } from './at';

export type WalkItem =
  | { kind: 'name'; path: string[]; member: JsonMember; at: Span }
  | { kind: 'string'; path: string[]; value: string; at: Span }
  | { kind: 'number'; path: string[]; raw: string; value: number; at: Span };

/** Enough for any honest token; a 5 MB paste stops here instead of being walked to the end. */
const MAX_ITEMS = 10_000;

type Pending = { path: string[] } & ({ node: JsonNode } | { member: JsonMember });

/** One walk per tree, shared by every rule that asks (rules run over the same context). */
const cache = new WeakMap<JsonNode, WalkItem[]>();

/** Every member name, string and number under the root of `part`, in text order, at most
 * MAX_ITEMS. `path` is the chain of member names and array indices leading to the item (for a
 * name: its member). */
export function walkValues(ctx: RuleContext, part: 'header' | 'payload'): readonly WalkItem[] {
  const root = rootOf(ctx, part);
  if (!root) return [];
  let items = cache.get(root);
  if (!items) {
    items = collect(root, part);
    cache.set(root, items);
  }
  return items;
}

function collect(root: JsonNode, part: 'header' | 'payload'): WalkItem[] {
  const out: WalkItem[] = [];
  const stack: Pending[] = [{ node: root, path: [] }];
  for (let count = 0; stack.length && count < MAX_ITEMS; count++) {
    const item = stack.pop()!;
    const { path } = item;
    if ('member' in item) {
      const span = item.member.nameSpan;
      out.push({ kind: 'name', path, member: item.member, at: { part, from: span.from, to: span.to } });
      continue;
    }
    const node = item.node;
    const at: Span = { part, from: node.span.from, to: node.span.to };
    // Never queue more than can still be visited: a 50,000-item array costs no more than a short one.
    const room = Math.max(0, MAX_ITEMS - count - stack.length);
    if (node.type === 'string') out.push({ kind: 'string', path, value: node.value, at });
    else if (node.type === 'number') out.push({ kind: 'number', path, raw: node.raw, value: node.value, at });
    else if (node.type === 'array') {
      for (let i = Math.min(node.items.length, room) - 1; i >= 0; i--) {
        stack.push({ node: node.items[i]!, path: [...path, String(i)] });
      }
    } else if (node.type === 'object') {
      for (let i = Math.min(node.members.length, Math.ceil(room / 2)) - 1; i >= 0; i--) {
        const m = node.members[i]!;
        stack.push({ node: m.value, path: [...path, m.name] });
        stack.push({ member: m, path: [...path, m.name] });
      }
    }
  }
  return out;
}

/** Runs `visit` over every item of the given parts and keeps at most `max` hits, each
 * pointing at its item unless the visitor says otherwise. */
export function hitsOver(
  ctx: RuleContext,
  parts: readonly ('header' | 'payload')[],
  visit: (item: WalkItem, part: 'header' | 'payload') => Omit<RuleHit, 'at'> | undefined,
  max = 10,
): RuleHit[] {
  const out: RuleHit[] = [];
  for (const part of parts) {
    for (const item of walkValues(ctx, part)) {
      if (out.length >= max) return out;
      const hit = visit(item, part);
      if (hit) out.push({ at: item.at, ...hit });
    }
  }
  return out;
}

/** The span of a whole member (name through value). */
export function memberSpan(part: 'header' | 'payload', m: JsonMember): Span {
  return { part, from: m.span.from, to: m.span.to };
}

/** Lower case with `_`, `-`, `.` and spaces removed: `Client-Secret` → `clientsecret`. */
export function normalName(name: string): string {
  return name.toLowerCase().replace(/[-_.\s]/g, '');
}

/** Whether a member value counts as "filled in": a non-blank string, a number, or a non-empty
 * array or object. `false`, `null` and `""` do not disclose anything. */
export function hasContent(node: JsonNode): boolean {
  switch (node.type) {
    case 'string':
      return node.value.trim() !== '';
    case 'number':
      return true;
    case 'array':
      return node.items.length > 0;
    case 'object':
      return node.members.length > 0;
    default:
      return false;
  }
}

/** Shortens a value for a message: at most `max` characters, with an ellipsis. */
export function preview(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
