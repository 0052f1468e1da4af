// The dot-separated parts of a compact token, each analysed as strict base64url and decoded
// leniently, with offsets into the token text.
import { decodeBase64url } from './base64url';
import type { Segment } from './types';
import type { SegmentName } from '../report';

export const JWS_NAMES: SegmentName[] = ['header', 'payload', 'signature'];
export const JWE_NAMES: SegmentName[] = ['header', 'encrypted_key', 'iv', 'ciphertext', 'tag'];

/** Segments that must not be empty: an empty one gets the 'empty' issue. An empty compact
 * payload is legal JWS (empty content, e.g. Wycheproof's valid "emptyPayload" cases, or
 * detached content, RFC 7515 App. F), so it gets no issue; the token parser records it in
 * `payload.detached`, and the b64-invalid rule decides what it means for a JWT. */
const REQUIRED = new Set<SegmentName>(['header']);

export interface Piece {
  raw: string;
  from: number;
  to: number;
}

/** The first `max` pieces of `text` split on '.', with offsets (a paste of a million dots
 * costs no more than a token). */
export function splitDots(text: string, max = Infinity): Piece[] {
  const pieces: Piece[] = [];
  let from = 0;
  while (pieces.length < max) {
    const dot = text.indexOf('.', from);
    const to = dot < 0 ? text.length : dot;
    pieces.push({ raw: text.slice(from, to), from, to });
    if (dot < 0) break;
    from = dot + 1;
  }
  return pieces;
}

/** How many pieces `text` splits into on '.'. */
export function countPieces(text: string): number {
  let count = 1;
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) count++;
  return count;
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
