// Pieces shared by the compact and JSON-serialization parsers: the payload, `alg: none`
// detection, signing input bytes and the one-sentence reasons for a malformed token.
import { decodeJson } from './json/index';
import { undecodable } from './segments';
import type { ParsedToken, Segment } from './types';
import type { DecodedJson, SegmentName } from '../report';
import { lowerFirst } from '../text';

const encoder = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export type Payload = NonNullable<ParsedToken['payload']>;

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}


/** UTF-8 bytes of `text.slice(from, to)` (the signing input is `header.payload` exactly as
 * written). A signing input is nearly always base64url, so ASCII is copied a byte a character:
 * in Chromium that loop is several times faster than TextEncoder on a 1 MB token, cold or warm
 * (the encoder copies the string across the engine boundary first), and needs no slice. The
 * first non-ASCII character hands the whole range to TextEncoder. */
export function utf8(text: string, from = 0, to = text.length): Uint8Array {
  const out = new Uint8Array(to - from);
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) return encoder.encode(text.slice(from, to));
    out[i - from] = c;
  }
  return out;
}

/** The payload: its bytes, its UTF-8 text when it is valid UTF-8, and its JSON when it looks
 * like JSON. Looks like JSON: the first significant byte (after whitespace, NUL and BOM bytes,
 * so UTF-16 text counts) is `{` or `[`, even if it then fails to parse (json-invalid); or the
 * whole text parses as a JSON string, number or literal. Anything else ("foo", a nested
 * compact token, binary) is plain content with no `json`. */
export function payloadOf(bytes: Uint8Array, detached: boolean): Payload {
  let text: string | undefined;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    text = undefined;
  }
  const payload: Payload = { bytes, detached };
  if (text !== undefined) payload.text = text;
  if (detached || bytes.length === 0) return payload;
  const container = startsLikeContainer(bytes);
  if (!container && text === undefined) return payload;
  const json = decodeJson(bytes, text);
  if (container || !json.error) payload.json = json;
  return payload;
}

const SKIPPED = new Set([0x00, 0x09, 0x0a, 0x0d, 0x20, 0xef, 0xbb, 0xbf, 0xfe, 0xff]);

function startsLikeContainer(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length && i < 64; i++) {
    const b = bytes[i]!;
    if (b === 0x7b || b === 0x5b) return true;
    if (!SKIPPED.has(b)) return false;
  }
  return false;
}

const LABEL: Record<SegmentName, string> = {
  header: 'header',
  payload: 'payload',
  signature: 'signature',
  encrypted_key: 'encrypted key',
  iv: 'initialization vector',
  ciphertext: 'ciphertext',
  tag: 'authentication tag',
};

/** Why a segment is not base64url at all, or undefined when it can be decoded. */
export function base64Problem(segment: Segment, label = LABEL[segment.name]): string | undefined {
  if (segment.issues.includes('invalid-char')) {
    const at = firstInvalid(segment.raw);
    const ch = segment.raw[at] ?? '';
    const shown = /^[\x21-\x7e]$/.test(ch) ? `"${ch}"` : `the character U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    return `The ${label} segment is not base64url: it contains ${shown} at character ${at + 1}.`;
  }
  if (segment.issues.includes('bad-length')) {
    return `The ${label} segment is not base64url: its length leaves one character over, so it is cut off or has an extra character.`;
  }
  return undefined;
}

/** The first segment that is not base64url at all, said in a sentence. */
export function segmentsProblem(segments: Segment[]): string | undefined {
  const bad = undecodable(segments);
  return bad ? base64Problem(bad) : undefined;
}

function firstInvalid(raw: string): number {
  const m = /[^A-Za-z0-9_\-+/=\s]/.exec(raw);
  return m ? m.index : 0;
}

/** Why a decoded header makes the token unusable, or undefined when it is a JSON object. */
export function headerProblem(segment: Segment, header: DecodedJson | undefined, label = 'header'): string | undefined {
  if (segment.issues.includes('empty') || !header) return `The ${label} segment is empty.`;
  const notBase64 = base64Problem(segment, label);
  if (notBase64) return notBase64;
  if (header.error) return `The ${label} is not valid JSON: ${lowerFirst(header.error.message)}`;
  if (!isObject(header.value)) return `The ${label} is valid JSON but not an object (it is ${kindOf(header.value)}).`;
  return undefined;
}

export function kindOf(v: unknown): string {
  if (Array.isArray(v)) return 'an array';
  if (v === null) return 'null';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

export function malformed(base: Omit<ParsedToken, 'kind' | 'malformedReason'>, reason: string): ParsedToken {
  return { ...base, kind: 'malformed', malformedReason: reason };
}
