// The dot-separated parts of a compact token, each analysed as strict base64url and decoded
// leniently, with offsets into the token text.
import { decodeBase64url } from './base64url';
import type { Segment, SegmentName } from './types';

export const JWS_NAMES: SegmentName[] = ['header', 'payload', 'signature'];
export const JWE_NAMES: SegmentName[] = ['header', 'encrypted_key', 'iv', 'ciphertext', 'tag'];

/** Segments that must not be empty: an empty one gets the 'empty' issue. An empty compact
 * payload also means detached content (RFC 7515 App. F); the token parser records that in
 * `payload.detached`, the issue stays, as a JWT needs its claims. */
const REQUIRED = new Set<SegmentName>(['header', 'payload']);

export interface Piece {
  raw: string;
  from: number;
  to: number;
}

/** Splits `text` on '.' with offsets. */
export function splitDots(text: string): Piece[] {
  const pieces: Piece[] = [];
  let from = 0;
  for (;;) {
    const dot = text.indexOf('.', from);
    const to = dot < 0 ? text.length : dot;
    pieces.push({ raw: text.slice(from, to), from, to });
    if (dot < 0) return pieces;
    from = dot + 1;
  }
}

/** A segment from a piece of the token text (or of a JSON serialization member). */
export function segmentOf(name: SegmentName, piece: Piece): Segment {
  const { bytes, issues } = decodeBase64url(piece.raw);
  if (piece.raw.length === 0 && REQUIRED.has(name)) issues.push('empty');
  return { name, raw: piece.raw, from: piece.from, to: piece.to, bytes, issues };
}

/** An unencoded (RFC 7797 b64:false) payload: the bytes are the text as written. */
export function rawSegmentOf(piece: Piece): Segment {
  return { name: 'payload', raw: piece.raw, from: piece.from, to: piece.to, bytes: new TextEncoder().encode(piece.raw), issues: [] };
}

/** The pieces named in order; pieces beyond the names are not segments. */
export function namedSegments(pieces: Piece[], names: SegmentName[]): Segment[] {
  return pieces.slice(0, names.length).map((p, i) => segmentOf(names[i]!, p));
}

/** The first segment that is not base64url at all (a stray character or an impossible length). */
export function undecodable(segments: Segment[]): Segment | undefined {
  return segments.find((s) => s.issues.includes('invalid-char') || s.issues.includes('bad-length'));
}
