// What an edit changed in a header or payload, against the text as first pasted: top-level
// members added, removed or changed. Values are compared as JSON (spacing and member order do
// not count; numbers by their exact lexeme, so a big integer that changes is seen).
import { parseJsonText } from '../parse/json';
import type { JsonNode } from '../report';

export interface MemberChange {
  /** The member's name; absent when the part is not a JSON object and its text changed. */
  name?: string;
  change: 'added' | 'removed' | 'changed';
  /** The value's JSON text before and after (as written), where there is one. */
  before?: string;
  after?: string;
}

export function compareParts(beforeText: string, afterText: string): MemberChange[] {
  const before = parseJsonText(beforeText).node;
  const after = parseJsonText(afterText).node;
  if (before?.type !== 'object' || after?.type !== 'object') {
    return beforeText === afterText ? [] : [{ change: 'changed' }];
  }
  const text = (node: JsonNode, source: string) => source.slice(node.span.from, node.span.to);
  const old = lastByName(before);
  const now = lastByName(after);
  const changes: MemberChange[] = [];
  for (const [name, node] of now) {
    const was = old.get(name);
    if (!was) changes.push({ name, change: 'added', after: text(node, afterText) });
    else if (!sameValue(was, node)) changes.push({ name, change: 'changed', before: text(was, beforeText), after: text(node, afterText) });
  }
  for (const [name, node] of old) if (!now.has(name)) changes.push({ name, change: 'removed', before: text(node, beforeText) });
  return changes;
}

/** Members by name, the last of each name winning (as JSON.parse reads them), in text order. */
function lastByName(node: Extract<JsonNode, { type: 'object' }>): Map<string, JsonNode> {
  const map = new Map<string, JsonNode>();
  for (const m of node.members) {
    map.delete(m.name);
    map.set(m.name, m.value);
  }
  return map;
}

function sameValue(a: JsonNode, b: JsonNode): boolean {
  if (a.type === 'object' && b.type === 'object') {
    const x = lastByName(a);
    const y = lastByName(b);
    return x.size === y.size && [...x].every(([k, v]) => y.has(k) && sameValue(v, y.get(k)!));
  }
  if (a.type === 'array' && b.type === 'array') return a.items.length === b.items.length && a.items.every((v, i) => sameValue(v, b.items[i]!));
  if (a.type === 'number' && b.type === 'number') return a.raw === b.raw;
  if (a.type === 'null' && b.type === 'null') return true;
  if ((a.type === 'string' && b.type === 'string') || (a.type === 'boolean' && b.type === 'boolean')) return a.value === b.value;
  return false;
}
