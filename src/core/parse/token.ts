// What kind of token the extracted text is, and its parts: compact JWS (also unsecured, RFC
// 7797 unencoded and detached payloads), compact JWE, or a JSON serialization (./token-json).
// A token that cannot be used is kind 'malformed' with one sentence saying why, and still
// carries whatever could be decoded.
import { decodeJson } from './json/index';
import { countPieces, JWE_NAMES, JWS_NAMES, namedSegments, rawSegmentOf, segmentOf, splitDots, type Piece } from './segments';
import { parseJsonSerialization } from './token-json';
import { headerProblem, isObject, malformed, payloadOf, segmentsProblem, utf8 } from './token-parts';
import { isNoneAlg } from '../algorithms/jws';
import type { Extraction, ParsedToken, Segment } from './types';
import type { DecodedJson } from '../report';

/** Larger inputs are not parsed at all (a compact token is rarely above 8 KB). */
export const MAX_TOKEN_CHARS = 8 * 1024 * 1024;

export function parseToken(extraction: Extraction): ParsedToken {
  const text = extraction.text;
  const base = { serialization: 'compact' as const, text, segments: [], signatures: [] };
  if (text.length > MAX_TOKEN_CHARS) {
    const mb = (text.length / (1024 * 1024)).toFixed(1);
    return malformed(base, `The input is ${mb} MB, more than the 8 MB this inspector parses, so it was not read as a token.`);
  }
  const start = text.search(/\S/);
  if (start < 0) return malformed(base, 'The input is empty: paste a JWT.');
  if (text[start] === '{') return parseJsonSerialization(text);
  return parseCompact(text);
}

function parseCompact(text: string): ParsedToken {
  const count = countPieces(text);
  const pieces = splitDots(text, 5);
  const headerSegment = segmentOf('header', pieces[0]!);
  const header = headerSegment.raw ? decodeJson(headerSegment.bytes) : undefined;
  const headerValue = isObject(header?.value) ? header.value : undefined;
  // RFC 7797: an unencoded payload may itself contain dots; the signature is after the last one.
  if (headerValue?.b64 === false && count >= 3) {
    const from = pieces[1]!.from;
    const last = text.lastIndexOf('.');
    const payload: Piece = { raw: text.slice(from, last), from, to: last };
    const signature: Piece = { raw: text.slice(last + 1), from: last + 1, to: text.length };
    return compactJws(text, headerSegment, header, rawSegmentOf(payload), segmentOf('signature', signature));
  }
  if (count === 3) {
    return compactJws(text, headerSegment, header, segmentOf('payload', pieces[1]!), segmentOf('signature', pieces[2]!));
  }
  // A JWE header must have `enc` (RFC 7516 §4.1.2): five parts without it are no JWE (two
  // tokens pasted together are split apart in ./extract-concat before this).
  const noEnc = count === 5 && headerValue !== undefined && !('enc' in headerValue);
  if (count === 5 && !noEnc) return compactJwe(text, header, namedSegments(pieces, JWE_NAMES));

  const segments = namedSegments(pieces, count > 5 ? JWE_NAMES : JWS_NAMES);
  const payloadSegment = segments.find((s) => s.name === 'payload');
  // Text with no dots at all is only taken for a header when it decodes to something JSON-like.
  const shownHeader = count > 1 || header?.text.trimStart().startsWith('{') ? header : undefined;
  const reason =
    count === 1
      ? 'The text has no dots, so it is not a JWT: a signed JWT has three parts separated by dots (header.payload.signature).'
      : noEnc
        ? 'The token has 5 parts separated by dots like an encrypted token (JWE), but its header has no "enc", so it is not one; a signed JWT has 3 parts.'
        : `The token has ${count} parts separated by dots, but a signed JWT has 3 and an encrypted one has 5.`;
  return malformed(
    {
      serialization: 'compact',
      text,
      segments,
      signatures: [],
      ...(shownHeader ? { header: shownHeader } : {}),
      ...(payloadSegment ? { payload: payloadOf(payloadSegment.bytes, false) } : {}),
    },
    reason,
  );
}

function compactJws(text: string, headerSegment: Segment, header: DecodedJson | undefined, payloadSegment: Segment, signatureSegment: Segment): ParsedToken {
  const headerValue = isObject(header?.value) ? header.value : {};
  const segments = [headerSegment, payloadSegment, signatureSegment];
  const token: ParsedToken = {
    kind: isNoneAlg(headerValue.alg) ? 'unsecured' : 'jws',
    serialization: 'compact',
    text,
    segments,
    ...(header ? { header } : {}),
    payload: payloadOf(payloadSegment.bytes, payloadSegment.raw.length === 0),
    signatures: [
      {
        ...(header ? { protected: header } : {}),
        protectedRaw: headerSegment.raw,
        header: headerValue,
        signature: signatureSegment.bytes,
        signatureRaw: signatureSegment.raw,
        // The bytes the signer covered are the text as written, never a re-encoding.
        signingInput: utf8(text, 0, payloadSegment.to),
      },
    ],
  };
  const reason = headerProblem(headerSegment, header) ?? segmentsProblem(segments.slice(1));
  return reason ? malformed(token, reason) : token;
}

function compactJwe(text: string, header: DecodedJson | undefined, segments: Segment[]): ParsedToken {
  const token: ParsedToken = { kind: 'jwe', serialization: 'compact', text, segments, ...(header ? { header } : {}), signatures: [] };
  const reason = headerProblem(segments[0]!, header) ?? segmentsProblem(segments.slice(1));
  return reason ? malformed(token, reason) : token;
}
