// Lexing of JSON strings and numbers (RFC 8259 §6, §7). Strings take a fast path (one slice)
// when they hold no escape; raw control characters are tolerated but reported, and escapes
// that leave a lone UTF-16 surrogate are reported too.
import type { JsonEncodingIssue } from '../../report';

export class JsonSyntaxError {
  constructor(
    readonly message: string,
    readonly offset: number,
  ) {}
}

export interface LexedString {
  value: string;
  /** Offset just after the closing quote. */
  end: number;
  escaped: boolean;
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Where the next backslash and control character lie, so the string fast path can use native
 * searches without rescanning (amortised linear over one parse). */
export class StringScan {
  private backslash = -1;
  private control = -1;
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  private readonly controls = /[\x00-\x1f]/g;
  constructor(private readonly text: string) {}

  /** The first offset >= from holding a backslash or a control character (text.length if none). */
  nextSpecial(from: number): number {
    const n = this.text.length;
    if (this.backslash !== n && this.backslash < from) {
      const b = this.text.indexOf('\\', from);
      this.backslash = b < 0 ? n : b;
    }
    if (this.control !== n && this.control < from) {
      this.controls.lastIndex = from;
      const m = this.controls.exec(this.text);
      this.control = m ? m.index : n;
    }
    return Math.min(this.backslash, this.control);
  }
}

/** Lexes the string whose opening quote is at `start`. Adds to `issues` what it notices. */
export function lexString(text: string, start: number, issues: Set<JsonEncodingIssue>, scan: StringScan): LexedString {
  const n = text.length;
  // Fast path: the closing quote comes before any backslash or control character.
  const quote = text.indexOf('"', start + 1);
  if (quote >= 0 && quote < scan.nextSpecial(start + 1)) {
    return { value: text.slice(start + 1, quote), end: quote + 1, escaped: false };
  }
  let i = start + 1;
  const parts: string[] = [];
  let escaped = false;
  let chunk = i;
  let pendingHigh = false; // the previous piece was a \u escape of a high surrogate
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      if (pendingHigh) issues.add('lone-surrogate');
      parts.push(text.slice(chunk, i));
      return { value: parts.join(''), end: i + 1, escaped };
    }
    if (c < 0x20) issues.add('control-character');
    if (c !== 0x5c) {
      if (pendingHigh) issues.add('lone-surrogate');
      pendingHigh = false;
      i++;
      continue;
    }
    parts.push(text.slice(chunk, i));
    escaped = true;
    const e = text[i + 1];
    if (e === undefined) break;
    if (e === 'u') {
      const hex = text.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new JsonSyntaxError(`The \\u escape at character ${i + 1} needs four hex digits.`, i);
      const unit = parseInt(hex, 16);
      const isLow = unit >= 0xdc00 && unit <= 0xdfff;
      if (pendingHigh !== isLow) issues.add('lone-surrogate');
      pendingHigh = unit >= 0xd800 && unit <= 0xdbff;
      parts.push(String.fromCharCode(unit));
      i += 6;
    } else {
      const plain = ESCAPES[e];
      if (plain === undefined) throw new JsonSyntaxError(`"\\${printable(e)}" at character ${i + 1} is not a valid escape in a JSON string.`, i);
      if (pendingHigh) issues.add('lone-surrogate');
      pendingHigh = false;
      parts.push(plain);
      i += 2;
    }
    chunk = i;
  }
  throw new JsonSyntaxError('The text ends inside a string that was never closed.', start);
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

/** The number lexeme starting at `start`, or undefined when there is none. */
export function lexNumber(text: string, start: number): string | undefined {
  NUMBER.lastIndex = start;
  const m = NUMBER.exec(text);
  return m ? m[0] : undefined;
}

/** A character as shown in a message: control characters by their code. */
export function printable(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 0x20 || c === 0x7f) return `\\u${c.toString(16).padStart(4, '0')}`;
  return ch;
}
