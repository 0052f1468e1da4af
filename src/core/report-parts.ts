// Small pieces of the report that index.ts assembles: decoded part views, segment positions in
// the pasted text, and the mapping of a finding's span back to the pasted text.
import { isObject } from './parse/token-parts';
import type { Extraction, ParsedToken } from './parse/types';
import type { DecodedJson, DecodedPartView, SegmentView, Span, TextSpan } from './report';

const encoder = new TextEncoder();

export function partView(json?: DecodedJson, bytes?: Uint8Array, text?: string): DecodedPartView | undefined {
  if (json) {
    const value = isObject(json.value) ? json.value : undefined;
    return { text: json.text, json, value, byteLength: bytes?.length ?? encoder.encode(json.text).length };
  }
  if (!bytes) return undefined;
  if (text !== undefined) return { text, byteLength: bytes.length };
  return { text: toHex(bytes), binary: true, byteLength: bytes.length };
}

export function segmentViews(token: ParsedToken, extraction: Extraction): SegmentView[] {
  if (extraction.offset === null || token.serialization !== 'compact') return [];
  const base = extraction.offset;
  return token.segments.map((s) => ({ name: s.name, from: base + s.from, to: base + s.to, length: s.to - s.from }));
}

/** Where a span lies in the pasted input, when that can be said: token and signature spans map
 * directly; header and payload spans map through base64url (4 characters per 3 bytes). */
export function inputRangeOf(
  at: Span | undefined,
  extraction: Extraction,
  token: ParsedToken,
): TextSpan | undefined {
  if (!at || extraction.offset === null) return undefined;
  const base = extraction.offset;
  if (at.part === 'token' || at.part === 'signature') return { from: base + at.from, to: base + at.to };
  if (at.part !== 'header' && at.part !== 'payload') return undefined;
  if (token.serialization !== 'compact') return undefined;
  const segment = token.segments.find((s) => s.name === at.part);
  const json = at.part === 'header' ? token.header : token.payload?.json;
  if (!segment || json === undefined || segment.issues.includes('whitespace')) return undefined;
  const byteFrom = utf8Offset(json, at.from);
  const byteTo = utf8Offset(json, at.to);
  const from = segment.from + Math.floor(byteFrom / 3) * 4;
  const to = Math.min(segment.to, segment.from + Math.ceil(byteTo / 3) * 4);
  return { from: base + from, to: base + Math.max(to, from) };
}

/** Whether a decoded text is plain ASCII (then character and byte offsets agree), worked out
 * once per text rather than once per finding. */
const asciiTexts = new WeakMap<DecodedJson, boolean>();

/** The UTF-8 length of `json.text.slice(0, end)` (as TextEncoder counts it: a lone surrogate
 * is 3 bytes), without encoding a copy of a possibly 1 MB prefix for every finding. */
function utf8Offset(json: DecodedJson, end: number): number {
  const text = json.text;
  let ascii = asciiTexts.get(json);
  if (ascii === undefined) {
    // eslint-disable-next-line no-control-regex -- ASCII is the range looked for
    ascii = !/[^\x00-\x7f]/.test(text);
    asciiTexts.set(json, ascii);
  }
  // The same end as text.slice(0, end) would take.
  const stop = end < 0 ? Math.max(0, text.length + end) : Math.min(end || 0, text.length);
  if (ascii) return stop;
  let bytes = stop;
  for (let i = 0; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) {
      bytes += 1;
      continue;
    }
    bytes += 2;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < stop) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++; // a pair: 4 bytes for 2 units
    }
  }
  return bytes;
}

function toHex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += bytes[i]!.toString(16).padStart(2, '0');
  return out;
}
