// A JSON parser that keeps what JSON.parse throws away: spans of every member, name and value,
// raw number lexemes, names as written, duplicate names (compared after unescaping) and the
// nesting depth. Iterative (an explicit stack), so a deeply nested text cannot overflow the
// call stack; it stops with an error past MAX_DEPTH levels.
import type { DecodedJson, JsonDuplicate, JsonEncodingIssue, JsonMember, JsonNode, TextSpan } from '../../report';
import { JsonSyntaxError, StringScan, lexNumber, lexString, printable } from './lex';

export const MAX_DEPTH = 512;

type ObjectNode = Extract<JsonNode, { type: 'object' }>;
type ArrayNode = Extract<JsonNode, { type: 'array' }>;

interface Frame {
  node: ObjectNode | ArrayNode;
  value: Record<string, unknown> | unknown[];
  /** This container's name (or index) in its parent, for duplicate paths. */
  key: string;
  /** The member whose value is being parsed (objects). */
  pending?: Omit<JsonMember, 'value' | 'span'>;
  /** Object member names seen so far: the first name span, or the duplicate record. */
  seen?: Map<string, TextSpan | JsonDuplicate>;
}

export type ParsedJson = Omit<DecodedJson, 'text' | 'encodingIssues'> & { issues: JsonEncodingIssue[] };

/** Parses `text` as one JSON value. Never throws. `from` skips a leading BOM or the like. */
export function parseJson(text: string, from = 0): ParsedJson {
  const issues = new Set<JsonEncodingIssue>();
  const duplicates: JsonDuplicate[] = [];
  const stack: Frame[] = [];
  let depth = 0;
  let root: { node: JsonNode; value: unknown } | undefined;
  const n = text.length;
  let pos = skipSpace(text, from);
  const scan = new StringScan(text);
  let special = -1;

  const fail = (message: string, offset: number): ParsedJson => ({
    error: { message, offset },
    duplicates,
    depth,
    issues: [...issues],
  });
  const expectName = (frame: Frame): void => {
    if (text.charCodeAt(pos) !== 0x22) throw unexpected(text, pos, 'a member name in double quotes');
    const s = lexString(text, pos, issues, scan);
    const nameSpan = { from: pos, to: s.end };
    frame.pending = { name: s.value, nameSpan, rawName: text.slice(pos + 1, s.end - 1), escaped: s.escaped };
    pos = skipSpace(text, s.end);
    if (text.charCodeAt(pos) !== 0x3a) throw unexpected(text, pos, '":" after the member name');
    pos = skipSpace(text, pos + 1);
  };

  try {
    for (;;) {
      // 1. A value starts at pos.
      let node: JsonNode | undefined;
      let value: unknown;
      const c = text.charCodeAt(pos);
      if (c === 0x7b || c === 0x5b) {
        if (stack.length >= MAX_DEPTH) {
          depth = MAX_DEPTH + 1;
          return fail(`Nesting goes deeper than ${MAX_DEPTH} levels, so parsing stopped at character ${pos + 1}.`, pos);
        }
        const top = stack[stack.length - 1];
        const key = !top ? '' : top.pending ? top.pending.name : String((top.node as ArrayNode).items.length);
        const span = { from: pos, to: pos };
        const frame: Frame =
          c === 0x7b
            ? { node: { type: 'object', span, members: [] }, value: {}, key, seen: new Map() }
            : { node: { type: 'array', span, items: [] }, value: [], key };
        stack.push(frame);
        depth = Math.max(depth, stack.length);
        pos = skipSpace(text, pos + 1);
        const close = c === 0x7b ? 0x7d : 0x5d;
        if (text.charCodeAt(pos) !== close) {
          if (c === 0x7b) expectName(frame);
          continue;
        }
        pos++;
        span.to = pos;
        stack.pop();
        node = frame.node;
        value = frame.value;
      } else if (c === 0x22) {
        // The common case inline (no escape or control character before the closing quote):
        // one slice and the node, no intermediate record.
        const quote = text.indexOf('"', pos + 1);
        // The next backslash or control character, kept while it still lies ahead (one call
        // per escape rather than one per string).
        if (special <= pos) special = scan.nextSpecial(pos + 1);
        if (quote >= 0 && quote < special) {
          const str = text.slice(pos + 1, quote);
          node = { type: 'string', span: { from: pos, to: quote + 1 }, value: str };
          value = str;
          pos = quote + 1;
        } else {
          const s = lexString(text, pos, issues, scan);
          node = { type: 'string', span: { from: pos, to: s.end }, value: s.value };
          value = s.value;
          pos = s.end;
        }
      } else {
        const scalar = lexScalar(text, pos);
        node = scalar;
        value = scalar.type === 'null' ? null : scalar.value;
        pos = scalar.span.to;
      }

      // 2. Attach the finished value, closing containers as long as they end here.
      for (;;) {
        const top = stack[stack.length - 1];
        if (!top) {
          root = { node, value };
          break;
        }
        if (top.node.type === 'array') {
          top.node.items.push(node);
          (top.value as unknown[]).push(value);
        } else {
          attach(top, node, value, stack, duplicates);
        }
        // Whitespace is all at or below U+0020: most items skip the call (it counts on a first,
        // unoptimised parse of 30,000 items).
        if (text.charCodeAt(pos) <= 0x20) pos = skipSpace(text, pos);
        const ch = text.charCodeAt(pos);
        const isObject = top.node.type === 'object';
        if (ch === 0x2c) {
          pos++;
          if (text.charCodeAt(pos) <= 0x20) pos = skipSpace(text, pos);
          if (isObject) expectName(top);
          break;
        }
        if (ch !== (isObject ? 0x7d : 0x5d)) {
          throw unexpected(text, pos, isObject ? '"," or "}" after an object member' : '"," or "]" after an array item');
        }
        pos++;
        top.node.span.to = pos;
        stack.pop();
        node = top.node;
        value = top.value;
      }
      if (root) break;
    }
    pos = skipSpace(text, pos);
    if (pos < n) return fail(`Extra text follows the JSON value, starting at character ${pos + 1}.`, pos);
    return { node: root.node, value: root.value, duplicates, depth, issues: [...issues] };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return fail(error.message, error.offset);
    throw error;
  }
}

function attach(top: Frame, node: JsonNode, value: unknown, stack: Frame[], duplicates: JsonDuplicate[]): void {
  if (top.node.type === 'array') {
    top.node.items.push(node);
    (top.value as unknown[]).push(value);
    return;
  }
  const p = top.pending!;
  top.pending = undefined;
  top.node.members.push({ ...p, value: node, span: { from: p.nameSpan.from, to: node.span.to } });
  const obj = top.value as Record<string, unknown>;
  if (p.name === '__proto__') Object.defineProperty(obj, p.name, { value, enumerable: true, writable: true, configurable: true });
  else obj[p.name] = value;
  const seen = top.seen!;
  const before = seen.get(p.name);
  if (!before) {
    seen.set(p.name, p.nameSpan);
  } else if ('spans' in before) {
    before.spans.push(p.nameSpan);
  } else {
    const dup = { path: stack.slice(1).map((f) => f.key), name: p.name, spans: [before, p.nameSpan] };
    duplicates.push(dup);
    seen.set(p.name, dup);
  }
}

function lexScalar(text: string, pos: number): Exclude<JsonNode, ObjectNode | ArrayNode | { type: 'string' }> {
  // Indexed, not destructured: no iterator per number while this is still interpreted.
  for (let i = 0; i < LITERALS.length; i++) {
    const word = LITERALS[i]![0];
    const value = LITERALS[i]![1];
    if (text.startsWith(word, pos)) {
      const span = { from: pos, to: pos + word.length };
      return value === null ? { type: 'null', span } : { type: 'boolean', span, value };
    }
  }
  const raw = lexNumber(text, pos);
  if (raw === undefined) throw unexpected(text, pos, 'a JSON value');
  return { type: 'number', span: { from: pos, to: pos + raw.length }, raw, value: Number(raw) };
}

const LITERALS: [string, boolean | null][] = [
  ['true', true],
  ['false', false],
  ['null', null],
];

function skipSpace(text: string, pos: number): number {
  for (;;) {
    const c = text.charCodeAt(pos);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return pos;
    pos++;
  }
}

function unexpected(text: string, pos: number, wanted: string): JsonSyntaxError {
  if (pos >= text.length) return new JsonSyntaxError(`The text ends where ${wanted} was expected.`, pos);
  return new JsonSyntaxError(`Expected ${wanted} at character ${pos + 1}, found "${printable(text[pos]!)}".`, pos);
}
