// JSON of a header or payload: bytes → text (strict UTF-8, with the ways it can go wrong
// recorded) → parse tree with spans (./parse.ts). Never throws.
import type { DecodedJson, JsonEncodingIssue } from '../../report';
import { parseJson } from './parse';

export { MAX_DEPTH } from './parse';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** Decodes header or payload bytes and parses them as JSON. `utf8Text`, when the caller has
 * it, is those bytes already decoded as strict UTF-8 (BOM kept), so they are not decoded twice. */
export function decodeJson(bytes: Uint8Array, utf8Text?: string): DecodedJson {
  const issues: JsonEncodingIssue[] = [];
  const wide = wideEncoding(bytes);
  let text: string;
  if (wide) {
    issues.push('utf16-or-utf32');
    text = decodeWide(bytes, wide.unit, wide.littleEndian);
  } else if (utf8Text !== undefined) {
    text = utf8Text;
  } else {
    try {
      text = strictUtf8.decode(bytes);
    } catch {
      issues.push('invalid-utf8');
      text = lenientUtf8.decode(bytes);
    }
  }
  return parseJsonText(text, issues);
}

/** Parses text as JSON (a leading U+FEFF is reported as 'bom' and skipped). */
export function parseJsonText(text: string, issues: JsonEncodingIssue[] = []): DecodedJson {
  const bom = text.charCodeAt(0) === 0xfeff;
  const parsed = parseJson(text, bom ? 1 : 0);
  const all = new Set<JsonEncodingIssue>(issues);
  if (bom) all.add('bom');
  for (const issue of parsed.issues) all.add(issue);
  const { issues: _ignored, ...rest } = parsed;
  return { text, ...rest, encodingIssues: [...all] };
}

interface Wide {
  unit: 2 | 4;
  littleEndian: boolean;
}

/** UTF-16 or UTF-32, told by a byte order mark or by the NUL bytes around the first
 * character (JSON text starts with an ASCII character: RFC 4627 §3). */
export function wideEncoding(b: Uint8Array): Wide | undefined {
  if (b.length < 2) return undefined;
  const [b0, b1, b2, b3] = [b[0]!, b[1]!, b[2] ?? -1, b[3] ?? -1];
  const ascii = (x: number) => x > 0 && x < 0x80;
  if (b.length >= 4) {
    if (b0 === 0 && b1 === 0 && ((b2 === 0xfe && b3 === 0xff) || (b2 === 0 && ascii(b3)))) return { unit: 4, littleEndian: false };
    if (b2 === 0 && b3 === 0 && ((b0 === 0xff && b1 === 0xfe) || (ascii(b0) && b1 === 0))) return { unit: 4, littleEndian: true };
  }
  if ((b0 === 0xfe && b1 === 0xff) || (b0 === 0 && ascii(b1))) return { unit: 2, littleEndian: false };
  if ((b0 === 0xff && b1 === 0xfe) || (ascii(b0) && b1 === 0)) return { unit: 2, littleEndian: true };
  return undefined;
}

/** UTF-16 / UTF-32 to a string (a BOM becomes U+FEFF; bad code points become U+FFFD). */
function decodeWide(b: Uint8Array, unit: 2 | 4, le: boolean): string {
  const units: number[] = [];
  const parts: string[] = [];
  for (let i = 0; i + unit <= b.length; i += unit) {
    const v =
      unit === 2
        ? le
          ? b[i]! | (b[i + 1]! << 8)
          : (b[i]! << 8) | b[i + 1]!
        : le
          ? (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0
          : ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
    if (v <= 0xffff) units.push(v);
    else if (v <= 0x10ffff) units.push(0xd800 + ((v - 0x10000) >> 10), 0xdc00 + ((v - 0x10000) & 0x3ff));
    else units.push(0xfffd);
    if (units.length >= 4096) parts.push(String.fromCharCode(...units.splice(0)));
  }
  if (b.length % unit) units.push(0xfffd);
  parts.push(String.fromCharCode(...units));
  return parts.join('');
}
