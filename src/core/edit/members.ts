// Edits of a header or payload's JSON text that change only what they must: one member's value
// replaced, or a member inserted before the closing brace in the text's own style (its
// indentation and colon spacing). The rest of the text (order, spacing, numbers) stays as typed.
import { parseJsonText } from '../parse/json';
import type { JsonMember, JsonNode, TextSpan } from '../report';

export interface EditError {
  code: 'json-invalid' | 'json-not-object' | 'value-invalid';
  message: string;
  /** Where in the edited text, when it is the text that is wrong. */
  at?: TextSpan;
}

/** The one change made to the text, for an editor to apply in place. */
export interface TextChange {
  from: number;
  to: number;
  insert: string;
}

export type EditResult = { ok: true; text: string; change: TextChange } | { ok: false; error: EditError };

type ObjectNode = Extract<JsonNode, { type: 'object' }>;

/** The text's top-level JSON object, or why it is not one (with where it breaks). */
export function readJsonObject(text: string): { node: ObjectNode } | { error: EditError } {
  const json = parseJsonText(text);
  if (json.error || !json.node) {
    const from = Math.min(json.error?.offset ?? 0, text.length);
    const to = Math.min(from + 1, text.length);
    return { error: { code: 'json-invalid', message: `Not JSON: ${json.error?.message ?? 'it is empty.'}`, at: { from, to } } };
  }
  if (json.node.type !== 'object') {
    return { error: { code: 'json-not-object', message: 'This must be a JSON object ({ … }).', at: json.node.span } };
  }
  return { node: json.node };
}

/** Sets member `name` to the JSON text `valueJson`: replaces the value of the member that
 * counts (the last of that name, as JSON.parse reads it), or adds the member at the end. */
export function setMember(jsonText: string, name: string, valueJson: string): EditResult {
  const value = parseJsonText(valueJson);
  if (value.error || !value.node) {
    return { ok: false, error: { code: 'value-invalid', message: `The new value of "${name}" is not JSON.` } };
  }
  const read = readJsonObject(jsonText);
  if ('error' in read) return { ok: false, error: read.error };
  const members = read.node.members;
  const existing = members.filter((m) => m.name === name).at(-1);
  const change = existing
    ? { from: existing.value.span.from, to: existing.value.span.to, insert: valueJson }
    : insertion(jsonText, read.node, JSON.stringify(name), valueJson);
  return { ok: true, text: jsonText.slice(0, change.from) + change.insert + jsonText.slice(change.to), change };
}

/** A new member after the last one, spaced as it is from the one before (or from "{"), with its
 * colon spacing; right after "{" in an empty object. */
function insertion(text: string, node: ObjectNode, name: string, value: string): TextChange {
  const members = node.members;
  const last: JsonMember | undefined = members.at(-1);
  if (!last) return { from: node.span.from + 1, to: node.span.from + 1, insert: `${name}:${value}` };
  const colon = text.slice(last.nameSpan.to, last.value.span.from);
  // ", " or ",\n  " as between the last two members; with one member, "," and the space after
  // "{" (or one space when the colon has one: {"a": 1} → {"a": 1, "b": 2}).
  const lead = text.slice(node.span.from + 1, last.span.from);
  const separator =
    members.length > 1 ? text.slice(members.at(-2)!.span.to, last.span.from) : `,${lead || (colon.includes(' ') ? ' ' : '')}`;
  return { from: last.span.to, to: last.span.to, insert: `${separator}${name}${colon}${value}` };
}
