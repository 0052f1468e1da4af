// The pasted token as forge() needs it: a compact JWS (or unsecured JWT) whose header is a JSON
// object. The payload segment is kept as pasted, so every variant carries the same claims byte
// for byte; headers are re-written from the decoded object with one change applied.
import { extract, parseToken } from '../parse';
import { encodeBase64url, encodeBase64urlText } from '../parse/base64url';
import type { ForgeResult } from '../report';

export interface ForgeInput {
  /** The decoded header, every member kept. */
  header: Record<string, unknown>;
  /** The header segment as pasted. */
  headerSegment: string;
  /** The payload segment as pasted. */
  payloadSegment: string;
  /** The signature segment as pasted (empty for an unsecured token). */
  signatureSegment: string;
  alg: string;
}

export type ForgeError = Extract<ForgeResult, { ok: false }>['error'];

export function readForgeInput(text: string): ForgeInput | { error: ForgeError } {
  const token = parseToken(extract(text));
  if (token.kind === 'malformed') return failure('malformed-token', `This is not a token that can be forged from: ${token.malformedReason}`);
  if (token.kind === 'jwe') return failure('unsupported', 'This is an encrypted token (JWE); attack variants are made from signed tokens (JWS) only.');
  if (token.serialization !== 'compact') return failure('unsupported', 'Attack variants are made from compact tokens (header.payload.signature) only.');
  const header = token.header?.value;
  const segment = (name: string) => token.segments.find((s) => s.name === name)?.raw;
  const headerSegment = segment('header');
  const payloadSegment = segment('payload');
  if (!header || typeof header !== 'object' || Array.isArray(header) || headerSegment === undefined || payloadSegment === undefined) {
    return failure('malformed-token', 'The token\'s header is not a JSON object, so it cannot be re-written.');
  }
  const record = header as Record<string, unknown>;
  return { header: record, headerSegment, payloadSegment, signatureSegment: segment('signature') ?? '', alg: typeof record.alg === 'string' ? record.alg : '' };
}

function failure(code: ForgeError['code'], message: string): { error: ForgeError } {
  return { error: { code, message } };
}

/** The original header with `changes` applied (members set to undefined are removed), as a
 * base64url segment. Members keep their order; a changed member keeps its place. */
export function headerWith(input: ForgeInput, changes: Record<string, unknown>): string {
  const header: Record<string, unknown> = { ...input.header, ...changes };
  for (const [name, value] of Object.entries(changes)) if (value === undefined) delete header[name];
  return encodeBase64urlText(JSON.stringify(header));
}

/** `header.payload.signature`, the payload as pasted. */
export function compact(input: ForgeInput, header: string, signature: Uint8Array | string): string {
  const sig = typeof signature === 'string' ? signature : encodeBase64url(signature);
  return `${header}.${input.payloadSegment}.${sig}`;
}

/** The bytes a JWS signature covers, for a new header segment. */
export function signingInput(input: ForgeInput, header: string): Uint8Array {
  return new TextEncoder().encode(`${header}.${input.payloadSegment}`);
}
