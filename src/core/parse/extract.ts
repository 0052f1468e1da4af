// The token inside what was pasted: peels copy-paste wrappings (whitespace, quotes, trailing
// `,`/`;`, `Bearer `/`Authorization:`, cookie lines, URLs with a token parameter, an OAuth
// token response, URL-encoding) one layer per round, and records each layer in `stripped`.
// Whitespace inside the token is kept. A JWS/JWE JSON serialization is returned as it is.
// When the paste holds several tokens (a callback URL with access_token and id_token, an HTTP
// request or curl command with two token headers, tokens pasted one after another), one is
// taken and the others are listed as alternatives.
// Every step is linear in the input (no backtracking regex over the whole text).
import { isUnicodeSpace } from './base64url';
import { parseJsonText } from './json/index';
import { MAX_TOKEN_CHARS } from './token';
import { splitConcatenated } from './extract-concat';
import { splitCompact } from '../sd-jwt/split';
import { findInCurl, findInHttpMessage, type Found } from './extract-http';
import type { Extraction } from './types';
import type { JsonNode, Stripped, TokenAlternative } from '../report';

interface Cursor {
  text: string;
  offset: number | null;
  name?: string;
  alternatives?: TokenAlternative[];
}
type Step = (cur: Cursor, out: Stripped[], depth: number) => Cursor | 'stop' | undefined;

const MAX_ROUNDS = 16;
/** How deep a place inside an HTTP message or curl command is read again for a token. */
const MAX_DEPTH = 3;
/** Tokens looked for in one URL or JSON object. */
const MAX_FOUND = 16;

export function extract(input: string): Extraction {
  return extractAt(input, 0);
}

function extractAt(input: string, depth: number): Extraction {
  const stripped: Stripped[] = [];
  let cur: Cursor = { text: input, offset: 0 };
  if (input.length > MAX_TOKEN_CHARS) return { text: input, offset: 0, stripped };
  rounds: for (let round = 0; round < MAX_ROUNDS; round++) {
    for (const step of STEPS) {
      const next = step(cur, stripped, depth);
      if (next === 'stop') break rounds;
      if (next) {
        cur = { ...next, name: next.name ?? cur.name, alternatives: [...(cur.alternatives ?? []), ...(next.alternatives ?? [])] };
        continue rounds;
      }
    }
    break;
  }
  const alternatives = distinct(cur.alternatives ?? [], cur.text);
  return {
    text: cur.text,
    offset: cur.offset,
    stripped,
    ...(cur.name !== undefined ? { name: cur.name } : {}),
    ...(alternatives.length ? { alternatives } : {}),
  };
}

/** Which of several tokens is taken: the request's own credential (Authorization), then an
 * OpenID Connect ID token, which is always a JWT and is addressed to the client that got the
 * URL or response (an access token is addressed to an API, and may be opaque); else the first. */
function preferred<T extends { name: string }>(found: T[]): T {
  const rank = (name: string) => (/^(?:proxy-)?authorization$/i.test(name) ? 0 : name === 'id_token' ? 1 : 2);
  return found.reduce((best, f) => (rank(f.name) < rank(best.name) ? f : best));
}

/** Each token once, and not the one taken. */
function distinct(alternatives: TokenAlternative[], taken: string): TokenAlternative[] {
  const seen = new Set([taken]);
  return alternatives.filter((a) => !seen.has(a.text) && !!seen.add(a.text));
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
  const found: { name: string; from: number; to: number; kind: 'url' | 'cookie-name'; text: string }[] = [];
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(t); m && found.length < MAX_FOUND; m = PAIR.exec(t)) {
    const value = m[3]!;
    const text = percentDecode(unquote(value));
    if (!looksLikeJwt(text)) continue;
    const from = m.index + m[0].length - value.length;
    const kind = isUrl || (m[1] !== '' && m[1]![0] !== ';') ? 'url' : 'cookie-name';
    found.push({ name: m[2]!, from, to: from + value.length, kind, text });
  }
  if (!found.length) return undefined;
  const { name, from, to, kind } = preferred(found);
  // The other tokens are offered as alternatives: in what was removed, each is named, not shown
  // as part of "the surrounding URL".
  const removed = (a: number, b: number) => {
    let text = '';
    let at = a;
    for (const f of found) {
      if (f.from < a || f.to > b) continue;
      text += `${t.slice(at, f.from)}<${f.name}>`;
      at = f.to;
    }
    return text + t.slice(at, b);
  };
  out.push({ kind, text: removed(0, from) });
  if (to < t.length) out.push({ kind, text: removed(to, t.length) });
  return { ...slice(cur, from, to), name, alternatives: found.map((f) => ({ name: f.name, text: f.text })) };
};

const SERIALIZATION_MEMBERS = ['payload', 'protected', 'signature', 'signatures', 'ciphertext'];

/** A JSON object: a JWS/JWE JSON serialization stays as it is; otherwise (an OAuth token
 * response, say) a member whose string value looks like a JWT (see `preferred`). */
const jsonField: Step = (cur, out) => {
  const t = cur.text;
  if (t[0] !== '{' || t[t.length - 1] !== '}') return undefined;
  const node = parseJsonText(t).node;
  if (node?.type !== 'object') return 'stop';
  if (node.members.some((m) => SERIALIZATION_MEMBERS.includes(m.name))) return 'stop';
  const found = findJwtStrings(node);
  if (!found.length) return 'stop';
  const { name, value } = preferred(found);
  out.push({ kind: 'json-field', text: name });
  const { from, to } = value.span;
  const verbatim = t.slice(from + 1, to - 1) === value.value;
  const alternatives = found.map((f) => ({ name: f.name, text: f.value.value.trim() }));
  return { ...(verbatim ? slice(cur, from + 1, to - 1) : { text: value.value, offset: null }), name, alternatives };
};

type JwtString = { name: string; value: Extract<JsonNode, { type: 'string' }> };

/** String members that look like a JWT, outer objects first, in text order. */
function findJwtStrings(root: JsonNode): JwtString[] {
  const found: JwtString[] = [];
  const queue: JsonNode[] = [root];
  for (let i = 0; i < queue.length && i < 10_000 && found.length < MAX_FOUND; i++) {
    const node = queue[i]!;
    if (node.type !== 'object') continue;
    for (const m of node.members) {
      if (m.value.type === 'string' && looksLikeJwt(m.value.value.trim())) found.push({ name: m.name, value: m.value });
      if (m.value.type === 'object') queue.push(m.value);
    }
  }
  return found;
}

/** An HTTP message or a curl command: each place is read for a token as a paste of its own. */
function placesStep(find: (text: string) => Found | undefined): Step {
  return (cur, out, depth) => {
    if (depth >= MAX_DEPTH) return undefined;
    const found = find(cur.text);
    const tokens = (found?.places ?? [])
      .map((place) => ({ place, name: place.name, inner: extractAt(place.text, depth + 1) }))
      .filter(({ inner }) => looksLikeJwt(inner.text));
    if (!found || !tokens.length) return undefined;
    const { place, inner } = preferred(tokens);
    out.push({ kind: found.kind, text: found.rest(place) });
    if (place.prefix) out.push({ kind: 'auth-scheme', text: place.prefix });
    out.push(...inner.stripped);
    const mapped = cur.offset !== null && place.from !== null && inner.offset !== null;
    return {
      text: inner.text,
      offset: mapped ? cur.offset! + place.from! + inner.offset! : null,
      name: inner.name ?? place.name,
      alternatives: tokens.flatMap((t) => [{ name: t.inner.name ?? t.place.name, text: t.inner.text }, ...(t.inner.alternatives ?? [])]),
    };
  };
}

/** Two or more whole tokens one after another: the first is taken. */
const concatenated: Step = (cur, out) => {
  // An SD-JWT ends with its Key Binding JWT after a `~`: one presentation, not two tokens.
  if (cur.text.includes('~') && splitCompact(cur.text)) return undefined;
  const ranges = splitConcatenated(cur.text);
  if (!ranges) return undefined;
  const texts = ranges.map((r) => cur.text.slice(r.from, r.to));
  const others = texts.map((text, i) => ({ name: `token ${i + 1}`, text })).filter((a) => a.text !== texts[0]);
  const first = ranges[0]!;
  out.push({ kind: others.length ? 'other-tokens' : 'repeated-token', text: cur.text.slice(first.to) });
  return { ...slice(cur, first.from, first.to), ...(others.length ? { name: 'token 1', alternatives: others } : {}) };
};

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

const STEPS: Step[] = [
  trimWhitespace,
  trailingPunctuation,
  quotes,
  jsonField,
  placesStep(findInHttpMessage),
  placesStep(findInCurl),
  authScheme,
  namedValue,
  urlEncoding,
  concatenated,
];
