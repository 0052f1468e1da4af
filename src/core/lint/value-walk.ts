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

/** An item's path and span are built when a rule asks for them: most of 10,000 items are looked
 * at by value only, so they cost no array and no span object each. */
abstract class Walked {
  private cachedPath?: string[];
  private cachedAt?: Span;
  constructor(
    /** The path of the container holding the item (shared by its siblings). */
    private readonly parentPath: readonly string[],
    /** The member name or array index under that container; undefined for the root. */
    private readonly key: string | number | undefined,
    private readonly part: 'header' | 'payload',
    private readonly span: { from: number; to: number },
  ) {}

  get path(): string[] {
    return (this.cachedPath ??= this.key === undefined ? [...this.parentPath] : [...this.parentPath, String(this.key)]);
  }

  get at(): Span {
    return (this.cachedAt ??= { part: this.part, from: this.span.from, to: this.span.to });
  }
}

class NameItem extends Walked {
  readonly kind = 'name';
  constructor(parentPath: readonly string[], readonly member: JsonMember, part: 'header' | 'payload') {
    super(parentPath, member.name, part, member.nameSpan);
  }
}

class StringItem extends Walked {
  readonly kind = 'string';
  readonly value: string;
  constructor(parentPath: readonly string[], key: string | number | undefined, node: Extract<JsonNode, { type: 'string' }>, part: 'header' | 'payload') {
    super(parentPath, key, part, node.span);
    this.value = node.value;
  }
}

class NumberItem extends Walked {
  readonly kind = 'number';
  readonly raw: string;
  readonly value: number;
  constructor(parentPath: readonly string[], key: string | number | undefined, node: Extract<JsonNode, { type: 'number' }>, part: 'header' | 'payload') {
    super(parentPath, key, part, node.span);
    this.raw = node.raw;
    this.value = node.value;
  }
}

/** Depth-first, in text order. The pending stack is three parallel arrays (what, the path of
 * its container, its key), so queuing an item allocates nothing; `room` caps what a container
 * queues exactly as one stack of pending records did. */
function collect(root: JsonNode, part: 'header' | 'payload'): WalkItem[] {
  const out: WalkItem[] = [];
  const pending: (JsonNode | JsonMember)[] = [root];
  const parents: (readonly string[])[] = [[]];
  const keys: (string | number | undefined)[] = [undefined];
  const names: boolean[] = [false];
  for (let count = 0; pending.length && count < MAX_ITEMS; count++) {
    const target = pending.pop()!;
    const parentPath = parents.pop()!;
    const key = keys.pop();
    if (names.pop()) {
      out.push(new NameItem(parentPath, target as JsonMember, part));
      continue;
    }
    const node = target as JsonNode;
    // Never queue more than can still be visited: a 50,000-item array costs no more than a short one.
    const room = Math.max(0, MAX_ITEMS - count - pending.length);
    if (node.type === 'string') out.push(new StringItem(parentPath, key, node, part));
    else if (node.type === 'number') out.push(new NumberItem(parentPath, key, node, part));
    else if (node.type === 'array') {
      const path = key === undefined ? parentPath : [...parentPath, String(key)];
      for (let i = Math.min(node.items.length, room) - 1; i >= 0; i--) {
        pending.push(node.items[i]!);
        parents.push(path);
        keys.push(i);
        names.push(false);
      }
    } else if (node.type === 'object') {
      const path = key === undefined ? parentPath : [...parentPath, String(key)];
      for (let i = Math.min(node.members.length, Math.ceil(room / 2)) - 1; i >= 0; i--) {
        const m = node.members[i]!;
        pending.push(m.value, m);
        parents.push(path, path);
        keys.push(m.name, m.name);
        names.push(false, true);
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
