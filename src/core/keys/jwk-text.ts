// JWK text as people paste it. Specifications print keys with their base64url values wrapped
// over several lines (RFC 7517 Appendix A), which is not JSON: a string cannot hold a line
// break. When that is the only thing wrong, the line breaks and spaces inside base64url members
// are removed and the key is read, with a note saying so. Any other flaw is reported with its
// line, column and cause.
import { parseJson } from '../parse/json/parse';
import type { JsonNode, TextSpan } from '../report';
import { lowerFirst } from '../text';

/** Members whose values are base64url (RFC 7517/7518/8037), plus x5c's base64 items. */
const BASE64_MEMBERS = new Set(['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi', 'x', 'y', 'k', 'x5c']);
// eslint-disable-next-line no-control-regex -- raw control characters are what JSON.parse refuses
const CONTROL = /[\x00-\x1f]/;

export type JwkText =
  | { value: unknown; unwrapped: Map<object, string[]> }
  | { error: string; errorAt: TextSpan };

/** The JSON value of key text, unwrapping base64url members that were printed over lines. */
export function readJwkText(text: string): JwkText {
  const trimmed = text.trim();
  try {
    return { value: JSON.parse(trimmed), unwrapped: new Map() };
  } catch {
    // Read it again below, with positions.
  }
  const parsed = parseJson(text, text.indexOf(trimmed));
  if (parsed.error || !parsed.node) {
    const { message, offset } = parsed.error ?? { message: 'The text is not JSON.', offset: 0 };
    const why = message.replace(/,? (?:starting )?at character \d+/, '');
    return fail(text, offset, `it does not parse at ${lineColumn(text, offset)}: ${lowerFirst(why)}`);
  }
  const unwrapped = new Map<object, string[]>();
  let problem: { at: number; why: string } | undefined;
  const flag = (at: number, what: string) => {
    problem ??= {
      at,
      why: `${what} at ${lineColumn(text, at)} has a line break or control character inside its quotes, which JSON does not allow (only base64url values such as "n" may be wrapped over lines).`,
    };
  };
  /** The plain value of a node; base64 members lose their whitespace, noted on `owner`. */
  const build = (node: JsonNode, name?: string, owner?: object): unknown => {
    if (node.type === 'object') {
      const obj: Record<string, unknown> = {};
      for (const m of node.members) {
        if (CONTROL.test(m.name)) flag(m.nameSpan.from, 'the member name');
        Object.defineProperty(obj, m.name, { value: build(m.value, m.name, obj), enumerable: true, writable: true, configurable: true });
      }
      return obj;
    }
    if (node.type === 'array') return node.items.map((item) => build(item, name === 'x5c' ? name : undefined, owner));
    if (node.type === 'null') return null;
    if (node.type !== 'string' || !CONTROL.test(node.value)) return node.value;
    const compact = name && BASE64_MEMBERS.has(name) ? node.value.replace(/\s+/g, '') : node.value;
    if (CONTROL.test(compact) || !owner) {
      flag(node.span.from, name ? `the "${name}" value` : 'a string');
      return node.value;
    }
    unwrapped.set(owner, [...new Set([...(unwrapped.get(owner) ?? []), name!])]);
    return compact;
  };
  const value = build(parsed.node);
  return problem ? fail(text, problem.at, problem.why) : { value, unwrapped };
}

function fail(text: string, offset: number, why: string): JwkText {
  return { error: `This looks like a JWK (JSON) but ${why}`, errorAt: { from: offset, to: Math.min(text.length, offset + 1) } };
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before[before.length - 1]!.length + 1}`;
}


/** The note for a key whose members were unwrapped. */
export function unwrappedNote(members: string[]): string {
  const names = members.map((m) => `"${m}"`).join(', ');
  return `Line breaks and spaces were removed from ${names}: the value was wrapped over lines, as specifications print keys.`;
}
