// Small pieces of the report that index.ts assembles: decoded part views, segment positions in
// the pasted text, and the mapping of a finding's span back to the pasted text.
import type { DecodedJson, DecodedPartView, Extraction, ParsedToken, SegmentView, Span } from './types';

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
): { from: number; to: number } | undefined {
  if (!at || extraction.offset === null) return undefined;
  const base = extraction.offset;
  if (at.part === 'token' || at.part === 'signature') return { from: base + at.from, to: base + at.to };
  if (at.part !== 'header' && at.part !== 'payload') return undefined;
  if (token.serialization !== 'compact') return undefined;
  const segment = token.segments.find((s) => s.name === at.part);
  const text = at.part === 'header' ? token.header?.text : token.payload?.json?.text;
  if (!segment || text === undefined || segment.issues.includes('whitespace')) return undefined;
  const byteFrom = encoder.encode(text.slice(0, at.from)).length;
  const byteTo = encoder.encode(text.slice(0, at.to)).length;
  const from = segment.from + Math.floor(byteFrom / 3) * 4;
  const to = Math.min(segment.to, segment.from + Math.ceil(byteTo / 3) * 4);
  return { from: base + from, to: base + Math.max(to, from) };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function toHex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += bytes[i]!.toString(16).padStart(2, '0');
  return out;
}
