// PEM armor (RFC 7468): finds every -----BEGIN X----- ... -----END X----- block, decodes its
// base64 body and says where it is damaged. Headers such as "Proc-Type:" (encrypted legacy
// keys) are reported, not decoded.
import type { TextSpan } from '../report';

export interface PemBlock {
  /** The label between BEGIN and END, e.g. "PUBLIC KEY". */
  label: string;
  /** The block as pasted, BEGIN line through END line. */
  text: string;
  span: TextSpan;
  der?: Uint8Array;
  /** One sentence when the body cannot be decoded. */
  error?: string;
  errorAt?: TextSpan;
}

const BEGIN = /-----BEGIN ([A-Z0-9 ]*)-----/g;
const B64_CHAR = /^[A-Za-z0-9+/]$/;

export function findPemBlocks(text: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  BEGIN.lastIndex = 0;
  for (let m = BEGIN.exec(text); m; m = BEGIN.exec(text)) {
    const label = m[1] ?? '';
    const bodyFrom = m.index + m[0].length;
    const endMarker = `-----END ${label}-----`;
    const endAt = text.indexOf(endMarker, bodyFrom);
    if (endAt < 0) {
      blocks.push({
        label,
        text: text.slice(m.index),
        span: { from: m.index, to: text.length },
        error: `This PEM block "${label}" has no matching END line, so it was cut off.`,
        errorAt: { from: m.index, to: bodyFrom },
      });
      break;
    }
    const to = endAt + endMarker.length;
    blocks.push({ label, text: text.slice(m.index, to), span: { from: m.index, to }, ...decodeBody(text, bodyFrom, endAt, label) });
    BEGIN.lastIndex = to;
  }
  return blocks;
}

function decodeBody(text: string, from: number, to: number, label: string): Pick<PemBlock, 'der' | 'error' | 'errorAt'> {
  const body = text.slice(from, to);
  if (/^\s*[A-Za-z-]+:/m.test(body)) {
    return {
      error: `This PEM block "${label}" has headers (it is encrypted with a password); paste the public key instead.`,
      errorAt: { from, to },
    };
  }
  let chars = '';
  let padding = 0;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n') continue;
    if (ch === '=' && padding < 2) {
      padding++;
      continue;
    }
    if (padding > 0 || !B64_CHAR.test(ch)) {
      const line = text.slice(0, i).split('\n').length;
      return {
        error: `This looks like a PEM block but its base64 is damaged at line ${line} (unexpected "${ch}").`,
        errorAt: { from: i, to: i + 1 },
      };
    }
    chars += ch;
  }
  if (chars.length === 0 || chars.length % 4 === 1) {
    return { error: `This PEM block "${label}" is empty or its base64 is cut short.`, errorAt: { from, to } };
  }
  return { der: decodeStdBase64(chars) };
}

/** Decodes standard or url-safe base64 without whitespace or padding checks (caller validated). */
export function decodeStdBase64(chars: string): Uint8Array {
  const clean = chars.replace(/[=\s]/g, '').replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(clean + '='.repeat((4 - (clean.length % 4)) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** PEM text for DER bytes, 64 characters a line, with a trailing newline. */
export function toPem(label: string, der: Uint8Array): string {
  let bin = '';
  for (const b of der) bin += String.fromCharCode(b);
  const b64 = btoa(bin);
  const lines = b64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}
