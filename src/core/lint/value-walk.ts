// Walks a decoded header or payload tree and yields every member name, string and number with
// its span, so rules that look at "every value" can point at the one they flag.
import type { JsonMember, JsonNode, Span } from '../report';
import type { RuleContext, RuleHit } from '../rules/types';
import { rootOf } from '../rules/context/spans';

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

type Container = Extract<JsonNode, { type: 'object' | 'array' }>;

/** One item of the walk. A single class (not a class per kind) keeps every item the same
 * shape, so the loops of the rules over 10,000 items stay monomorphic. The path and span are
 * built when a rule asks for them: most items are looked at by value only. */
class Item {
  private cachedPath?: string[];
  private cachedAt?: Span;
  constructor(
    readonly kind: WalkItem['kind'],
    /** The string or number node; for a name, its member. */
    private readonly target: JsonNode | JsonMember,
    /** The path of the container holding the item (shared by its siblings). */
    private readonly parentPath: readonly string[],
    /** The member name or array index under that container; undefined for the root. */
    private readonly key: string | number | undefined,
    private readonly part: 'header' | 'payload',
  ) {}

  get member(): JsonMember {
    return this.target as JsonMember;
  }

  get value(): unknown {
    return (this.target as { value?: unknown }).value;
  }

  get raw(): string {
    return (this.target as { raw: string }).raw;
  }

  get path(): string[] {
    return (this.cachedPath ??= this.key === undefined ? [...this.parentPath] : [...this.parentPath, String(this.key)]);
  }

  get at(): Span {
    const span = this.kind === 'name' ? (this.target as JsonMember).nameSpan : (this.target as JsonNode).span;
    return (this.cachedAt ??= { part: this.part, from: span.from, to: span.to });
  }
}

/** A container whose children `next` to `end` (exclusive) are queued; for an object, `name`
 * says the name of member `next` is already visited and its value is due. */
interface Frame {
  node: Container;
  path: readonly string[];
  next: number;
  end: number;
  name: boolean;
}

/** Depth-first, in text order, at most MAX_ITEMS visits (containers, names, every value, as
 * before). A container is one frame with a cursor, not one queued entry per child, so a
 * 30,000-string array costs no queue; `queued` counts what the entries would be, because a
 * container queues at most the room they leave: `room` caps exactly as the entry queue did. */
function collect(root: JsonNode, part: 'header' | 'payload'): WalkItem[] {
  const out: WalkItem[] = [];
  const frames: Frame[] = [];
  let queued = 0;
  let count = 0;
  const visit = (node: JsonNode, parentPath: readonly string[], key: string | number | undefined): void => {
    const type = node.type;
    if (type === 'string' || type === 'number') {
      out.push(new Item(type, node, parentPath, key, part) as WalkItem);
    } else if (type === 'array' || type === 'object') {
      const room = Math.max(0, MAX_ITEMS - count - queued);
      const end = type === 'array' ? Math.min(node.items.length, room) : Math.min(node.members.length, Math.ceil(room / 2));
      if (end === 0) return;
      const path = key === undefined ? parentPath : [...parentPath, String(key)];
      frames.push({ node, path, next: 0, end, name: false });
      queued += type === 'array' ? end : 2 * end;
    }
  };
  visit(root, [], undefined);
  for (count = 1; queued > 0 && count < MAX_ITEMS; count++) {
    const frame = frames[frames.length - 1]!;
    queued--;
    const node = frame.node;
    const i = frame.next;
    if (node.type === 'array') {
      if (++frame.next === frame.end) frames.pop();
      visit(node.items[i]!, frame.path, i);
      continue;
    }
    const member = node.members[i]!;
    if (!frame.name) {
      frame.name = true;
      out.push(new Item('name', member, frame.path, member.name, part) as WalkItem);
      continue;
    }
    frame.name = false;
    if (++frame.next === frame.end) frames.pop();
    visit(member.value, frame.path, member.name);
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
    const items = walkValues(ctx, part);
    // Indexed, not for-of: no iterator result per item while the loop is still interpreted.
    for (let i = 0; i < items.length; i++) {
      if (out.length >= max) return out;
      const item = items[i]!;
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
