// Tokens pasted one after another (Ctrl+V twice): `<jwt><jwt>` makes five dots, which would
// pass for an encrypted token. Each token is read from its header: a header with `enc` has 5
// parts, any other 3; the last part runs to whitespace, to the end, or to the next header
// (`eyJ…` up to the next dot) that decodes to a JSON object. Linear: each header is decoded
// once, and at most a few places are tried where one token could end and the next begin.
import { decodeBase64url } from './base64url';
import { decodeJson } from './json/index';

export interface Range {
  from: number;
  to: number;
}

const MAX_TOKENS = 64;
/** Places tried in one last part for the start of the next header. */
const MAX_TRIES = 16;

const isSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d);

/** The tokens in `text` when it is two or more whole compact tokens and nothing else (only
 * whitespace between them); undefined otherwise. */
export function splitConcatenated(text: string): Range[] | undefined {
  if (text.charCodeAt(0) !== 0x65 || !hasDots(text, 4)) return undefined;
  const tokens: Range[] = [];
  let at = 0;
  while (at < text.length) {
    if (tokens.length >= MAX_TOKENS) return undefined;
    const to = tokenEnd(text, at);
    if (to === undefined) return undefined;
    tokens.push({ from: at, to });
    at = to;
    while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  }
  return tokens.length >= 2 ? tokens : undefined;
}

function hasDots(text: string, n: number): boolean {
  for (let i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) if (--n === 0) return true;
  return false;
}

/** Where the token starting at `from` ends, or undefined when no whole token starts there. */
function tokenEnd(text: string, from: number): number | undefined {
  const dot = text.indexOf('.', from);
  const header = dot < 0 ? undefined : headerAt(text, from, dot);
  // An unencoded payload (b64: false) may hold dots: where it ends cannot be told.
  if (!header || header.b64 === false) return undefined;
  let last = dot;
  for (let part = 2; part < ('enc' in header ? 5 : 3); part++) {
    last = text.indexOf('.', last + 1);
    if (last < 0 || hasSpace(text, from, last)) return undefined;
  }
  const start = last + 1;
  const next = text.indexOf('.', start);
  const space = firstSpace(text, start, next < 0 ? text.length : next);
  if (space >= 0) return space;
  if (next < 0) return text.length;
  // The next dot ends the next token's header, which begins inside this last part.
  let tries = 0;
  for (let i = text.indexOf('eyJ', start); i >= 0 && i < next && tries < MAX_TRIES; i = text.indexOf('eyJ', i + 1), tries++) {
    if (headerAt(text, i, next)) return i;
  }
  return undefined;
}

function headerAt(text: string, from: number, to: number): Record<string, unknown> | undefined {
  const raw = text.slice(from, to);
  if (raw.charCodeAt(0) !== 0x65 || hasSpace(raw, 0, raw.length)) return undefined;
  const { bytes, issues } = decodeBase64url(raw);
  if (issues.includes('invalid-char') || issues.includes('bad-length')) return undefined;
  const value = decodeJson(bytes).value;
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function firstSpace(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (isSpace(text.charCodeAt(i))) return i;
  return -1;
}

const hasSpace = (text: string, from: number, to: number) => firstSpace(text, from, to) >= 0;
