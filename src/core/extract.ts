// The token inside what was pasted: peels copy-paste wrappings (whitespace, quotes, trailing
// `,`/`;`, `Bearer `/`Authorization:`, cookie lines, URLs with a token parameter, an OAuth
// token response, URL-encoding) one layer per round, and records each layer in `stripped`.
// Whitespace inside the token is kept. A JWS/JWE JSON serialization is returned as it is.
// Every step is linear in the input (no backtracking regex over the whole text).
import { isUnicodeSpace } from './base64url';
import { parseJsonText } from './json/index';
import { MAX_TOKEN_CHARS } from './token';
import type { Extraction, JsonNode, Stripped } from './types';

interface Cursor {
  text: string;
  offset: number | null;
}
type Step = (cur: Cursor, out: Stripped[]) => Cursor | 'stop' | undefined;

const MAX_ROUNDS = 16;

export function extract(input: string): Extraction {
  const stripped: Stripped[] = [];
  let cur: Cursor = { text: input, offset: 0 };
  if (input.length > MAX_TOKEN_CHARS) return { ...cur, stripped };
  rounds: for (let round = 0; round < MAX_ROUNDS; round++) {
    for (const step of STEPS) {
      const next = step(cur, stripped);
      if (next === 'stop') break rounds;
      if (next) {
        cur = next;
        continue rounds;
      }
    }
    break;
  }
  return { text: cur.text, offset: cur.offset, stripped };
}

/** A compact JWS or JWE, allowing the non-canonical base64 variants (`=`, `+`, `/`). */
const COMPACT = /^[A-Za-z0-9_\-+/=]+(?:\.[A-Za-z0-9_\-+/=]*){2}(?:(?:\.[A-Za-z0-9_\-+/=]*){2})?$/;

/** Looks like a compact token whose header is a JSON object (base64 of `{` starts with `e`). */
export function looksLikeJwt(text: string): boolean {
  return text.charCodeAt(0) === 0x65 && COMPACT.test(text);
}

const slice = (cur: Cursor, from: number, to: number): Cursor => ({
  text: cur.text.slice(from, to),
  offset: cur.offset === null ? null : cur.offset + from,
});

const isSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d) || isUnicodeSpace(c);

const trimWhitespace: Step = (cur, out) => {
  const t = cur.text;
  let from = 0;
  let to = t.length;
  while (from < to && isSpace(t.charCodeAt(from))) from++;
  while (to > from && isSpace(t.charCodeAt(to - 1))) to--;
  if (from === 0 && to === t.length) return undefined;
  out.push({ kind: 'whitespace', text: t.slice(0, from) + t.slice(to) });
  return slice(cur, from, to);
};

const trailingPunctuation: Step = (cur, out) => {
  const t = cur.text;
  let to = t.length;
  while (to > 0 && (t[to - 1] === ',' || t[to - 1] === ';')) to--;
  if (to === t.length || to === 0) return undefined;
  out.push({ kind: 'trailing-punctuation', text: t.slice(to) });
  return slice(cur, 0, to);
};

const QUOTES: Record<string, string> = { '"': '"', "'": "'", '`': '`', '\u201c': '\u201d', '\u2018': '\u2019' };

const quotes: Step = (cur, out) => {
  const t = cur.text;
  const close = QUOTES[t[0] ?? ''];
  if (t.length < 2 || close === undefined || t[t.length - 1] !== close) return undefined;
  out.push({ kind: 'quotes', text: t[0] + close });
  return slice(cur, 1, t.length - 1);
};

/** Sticky (matched at offset 0 only), so a long text is never retried position by position. */
const SCHEME = /(?:(?:proxy-)?authorization\s*[:=]\s*)?(?:bearer|jwt|token|dpop)(?:\s*:)?\s+|(?:proxy-)?authorization\s*[:=]\s*|(?:set-)?cookie\s*:\s*/iy;

const authScheme: Step = (cur, out) => {
  SCHEME.lastIndex = 0;
  const m = SCHEME.exec(cur.text);
  if (!m || m[0].length === cur.text.length) return undefined;
  out.push({ kind: 'auth-scheme', text: m[0] });
  return slice(cur, m[0].length, cur.text.length);
};

/** `name=value` pairs after the start, `?`, `#`, `&` or `;` (query strings, fragments, cookies). */
const PAIR = /(^|[?#&;]\s*)([\w.\-[\]$]+)=([^&#;\s]*)/g;

const namedValue: Step = (cur, out) => {
  const t = cur.text;
  // A padded token is no pair: the text after its '=' starts with '.', never a JWT.
  if (!t.includes('=')) return undefined;
  const isUrl = t.includes('://') || t[0] === '?' || t[0] === '#';
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(t); m; m = PAIR.exec(t)) {
    const value = m[3]!;
    if (!looksLikeJwt(percentDecode(unquote(value)))) continue;
    const from = m.index + m[0].length - value.length;
    const to = from + value.length;
    const kind = isUrl || (m[1] !== '' && m[1]![0] !== ';') ? 'url' : 'cookie-name';
    out.push({ kind, text: t.slice(0, from) });
    if (to < t.length) out.push({ kind, text: t.slice(to) });
    return slice(cur, from, to);
  }
  return undefined;
};

const SERIALIZATION_MEMBERS = ['payload', 'protected', 'signature', 'signatures', 'ciphertext'];

/** A JSON object: a JWS/JWE JSON serialization stays as it is; otherwise (an OAuth token
 * response, say) the first member, in text order, whose string value looks like a JWT. */
const jsonField: Step = (cur, out) => {
  const t = cur.text;
  if (t[0] !== '{' || t[t.length - 1] !== '}') return undefined;
  const node = parseJsonText(t).node;
  if (node?.type !== 'object') return 'stop';
  if (node.members.some((m) => SERIALIZATION_MEMBERS.includes(m.name))) return 'stop';
  const found = findJwtString(node);
  if (!found) return 'stop';
  out.push({ kind: 'json-field', text: found.name });
  const { from, to } = found.value.span;
  const verbatim = t.slice(from + 1, to - 1) === found.value.value;
  return verbatim ? slice(cur, from + 1, to - 1) : { text: found.value.value, offset: null };
};

function findJwtString(root: JsonNode): { name: string; value: Extract<JsonNode, { type: 'string' }> } | undefined {
  const queue: JsonNode[] = [root];
  for (let i = 0; i < queue.length && i < 10_000; i++) {
    const node = queue[i]!;
    if (node.type !== 'object') continue;
    for (const m of node.members) {
      if (m.value.type === 'string' && looksLikeJwt(m.value.value.trim())) return { name: m.name, value: m.value };
      if (m.value.type === 'object') queue.push(m.value);
    }
  }
  return undefined;
}

const urlEncoding: Step = (cur, out) => {
  const t = cur.text;
  if (!t.includes('%') || looksLikeJwt(t)) return undefined;
  const decoded = percentDecode(t);
  if (!looksLikeJwt(unquote(decoded.trim()))) return undefined;
  const escapes = new Set(t.match(/%[0-7][0-9A-Fa-f]/g) ?? []);
  out.push({ kind: 'url-encoding', text: [...escapes].join(' ') });
  return { text: decoded, offset: null };
};

/** Decodes %XX escapes of ASCII characters only; anything else stays as it is. */
function percentDecode(text: string): string {
  if (!text.includes('%')) return text;
  return text.replace(/%([0-7][0-9A-Fa-f])/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function unquote(text: string): string {
  const close = QUOTES[text[0] ?? ''];
  return close !== undefined && text.length >= 2 && text.endsWith(close) ? text.slice(1, -1) : text;
}

const STEPS: Step[] = [trimWhitespace, trailingPunctuation, quotes, jsonField, authScheme, namedValue, urlEncoding];
