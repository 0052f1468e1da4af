// What parsing makes of the pasted text (internal to the core): the extraction, its segments and
// the parsed token. The Report shows parts of it (report.ts).
import type { DecodedJson, SegmentName, Serialization, Stripped, TokenAlternative, TokenKind } from '../report';

export interface Extraction {
  /** The candidate token text after stripping (compact string, or JSON serialization text). */
  text: string;
  /** Offset in the input where `text` starts, when `text` is a plain substring of the input
   * (no URL-decoding happened). Used to map token offsets back to the input. */
  offset: number | null;
  stripped: Stripped[];
  /** Where the token was found, when it had a name: a URL parameter or JSON member
   * ('id_token'), an HTTP header ('Authorization'), or 'token 1' among tokens pasted together. */
  name?: string;
  /** The other tokens in the paste (a callback URL with access_token and id_token, an HTTP
   * request with Authorization and DPoP headers, two tokens pasted one after the other), each
   * cleaned up like the one extracted, so it can be inspected instead. */
  alternatives?: TokenAlternative[];
}

export type Base64Issue =
  | 'padding' // '=' present
  | 'std-alphabet' // '+' or '/' present
  | 'whitespace' // whitespace inside the segment
  | 'trailing-bits' // non-zero unused bits in the last quantum
  | 'invalid-char' // a character outside base64url (after the variants above)
  | 'bad-length' // length mod 4 = 1
  | 'empty'; // an empty segment where content is required

export interface Segment {
  name: SegmentName;
  /** The segment text as it stands in Extraction.text. */
  raw: string;
  /** Offsets into Extraction.text. */
  from: number;
  to: number;
  /** Lenient decode (always attempted): whitespace dropped, std alphabet mapped, padding dropped. */
  bytes: Uint8Array;
  /** Strictness problems found; empty for a canonical base64url segment. */
  issues: Base64Issue[];
}

export interface JwsSignatureEntry {
  /** Protected header as decoded JSON (may be absent in JSON serialization, RFC 7520 4.7). */
  protected?: DecodedJson;
  protectedRaw: string;
  /** Unprotected header (JSON serialization only). */
  unprotected?: Record<string, unknown>;
  /** Merged header: protected ∪ unprotected, protected wins. */
  header: Record<string, unknown>;
  signature: Uint8Array;
  signatureRaw: string;
  /** Exact bytes the signature covers (b64:false aware). */
  signingInput: Uint8Array;
}

/** What every parsed token has, whatever its kind. */
interface TokenParts {
  serialization: Serialization;
  /** The text that was parsed (Extraction.text). */
  text: string;
  segments: Segment[];
  /** Header of the (first) signature or the JWE protected header, decoded. */
  header?: DecodedJson;
  /** The payload. For JWS: bytes after base64url decode (or raw when b64:false). */
  payload?: {
    bytes: Uint8Array;
    /** UTF-8 text when the bytes are valid UTF-8, else undefined. */
    text?: string;
    /** Decoded JSON when the payload looks like JSON (starts with { or [ after whitespace), else undefined. */
    json?: DecodedJson;
    /** The payload was detached (empty compact segment / no payload member). */
    detached: boolean;
  };
  /** One entry for compact/flattened, one per signature for general JSON. */
  signatures: JwsSignatureEntry[];
  /** The input was a JSON serialization (object text). */
  jsonSerialization?: { raw: DecodedJson; compactInside?: boolean };
}

/** The parsed token, by kind: a malformed one always says why (one sentence), no other does. */
export type ParsedToken = TokenParts &
  ({ kind: Exclude<TokenKind, 'malformed'>; malformedReason?: undefined } | { kind: 'malformed'; malformedReason: string });
