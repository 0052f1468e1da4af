// JWS JSON serialization, flattened and general (RFC 7515 §7.2), and a JWE JSON serialization
// shown as such (RFC 7516 §7.2). Segments point at the string values inside the JSON text.
import { decodeJson, parseJsonText } from './json/index';
import { looksLikeCompactToken } from './nested';
import { segmentOf, rawSegmentOf, type Piece } from './segments';
import { headerProblem, isObject, kindOf, malformed, payloadOf, segmentsProblem, utf8 } from './token-parts';
import { isNoneAlg } from '../algorithms/jws';
import { lowerFirst } from '../text';
import type { JwsSignatureEntry, ParsedToken, Segment } from './types';
import type { DecodedJson, JsonNode, SegmentName } from '../report';

type ObjectNode = Extract<JsonNode, { type: 'object' }>;
type Base = Omit<ParsedToken, 'kind' | 'malformedReason'>;

export function parseJsonSerialization(text: string): ParsedToken {
  const raw = parseJsonText(text);
  const jsonSerialization = { raw, compactInside: raw.node ? hasCompactInside(raw.node) : false };
  const base: Base = { serialization: 'flattened', text, segments: [], signatures: [], jsonSerialization };
  if (!raw.node) return malformed(base, `The input starts like JSON but is not valid JSON: ${lowerFirst(raw.error?.message ?? '')}`);
  const root = raw.node;
  const value = raw.value as Record<string, unknown>;
  if (root.type !== 'object') return malformed(base, `The input is JSON but ${kindOf(raw.value)}, not a JWS or JWE JSON serialization.`);
  if (memberNode(root, 'ciphertext')) return jweJson(root, { ...base, serialization: memberNode(root, 'recipients') ? 'general' : 'flattened' });
  const signatures = memberNode(root, 'signatures');
  if (signatures) {
    if (signatures.type !== 'array' || signatures.items.length === 0) {
      return malformed({ ...base, serialization: 'general' }, 'The "signatures" member must be a non-empty array of signature objects.');
    }
    const plain = value.signatures as unknown[];
    return jwsJson(text, root, signatures.items.map((node, i) => ({ node, value: plain[i], label: `signature #${i + 1}` })), { ...base, serialization: 'general' });
  }
  if (memberNode(root, 'signature')) return jwsJson(text, root, [{ node: root, value, label: 'the JWS' }], base);
  return malformed(base, 'The JSON object has no "signature", "signatures" or "ciphertext" member, so it is not a JWS or JWE JSON serialization.');
}

interface EntrySource {
  node: JsonNode;
  value: unknown;
  label: string;
}

interface Entry {
  entry: Omit<JwsSignatureEntry, 'signingInput'>;
  headerSegment?: Segment;
  signatureSegment?: Segment;
  headerJson?: DecodedJson;
  problem?: string;
}

function jwsJson(text: string, root: ObjectNode, sources: EntrySource[], base: Base): ParsedToken {
  const entries = sources.map((s) => signatureEntry(text, s));
  const first = entries[0]!;
  const payloadNode = memberNode(root, 'payload');
  let problem = entries.find((e) => e.problem)?.problem;
  let payloadSegment: Segment | undefined;
  if (payloadNode && payloadNode.type !== 'string') {
    problem ??= 'The "payload" member must be a string.';
  } else if (payloadNode) {
    const piece = pieceOf(payloadNode);
    payloadSegment = first.entry.header.b64 === false ? rawSegmentOf(piece) : segmentOf('payload', piece);
  }
  const payloadText = payloadSegment?.raw ?? '';
  const segments: Segment[] = [];
  entries.forEach((e, i) => {
    if (e.headerSegment) segments.push(e.headerSegment);
    if (i === 0 && payloadSegment) segments.push(payloadSegment);
    if (e.signatureSegment) segments.push(e.signatureSegment);
  });
  problem ??= segmentsProblem(segments);
  const token: ParsedToken = {
    ...base,
    kind: entries.every((e) => isNoneAlg(e.entry.header.alg)) ? 'unsecured' : 'jws',
    segments,
    ...(first.headerJson ? { header: first.headerJson } : {}),
    payload: payloadOf(payloadSegment?.bytes ?? new Uint8Array(0), !payloadNode),
    signatures: entries.map((e) => ({ ...e.entry, signingInput: utf8(`${e.entry.protectedRaw}.${payloadText}`) })),
  };
  return problem ? malformed(token, problem) : token;
}

function signatureEntry(text: string, { node, value, label }: EntrySource): Entry {
  const out: Entry = { entry: { protectedRaw: '', header: {}, signature: new Uint8Array(0), signatureRaw: '' } };
  if (node.type !== 'object' || !isObject(value)) return { ...out, problem: `The entry for ${label} is not a JSON object.` };
  const protectedNode = memberNode(node, 'protected');
  const headerNode = memberNode(node, 'header');
  const signatureNode = memberNode(node, 'signature');
  if (protectedNode?.type === 'string') {
    const segment = segmentOf('header', pieceOf(protectedNode));
    const decoded = segment.raw ? decodeJson(segment.bytes) : undefined;
    out.headerSegment = segment;
    out.entry.protectedRaw = segment.raw;
    if (decoded) out.entry.protected = decoded;
    out.problem = headerProblem(segment, decoded, `protected header of ${label}`);
  } else if (protectedNode) {
    out.problem = `The "protected" member of ${label} must be a base64url string.`;
  }
  if (headerNode && headerNode.type !== 'object') out.problem ??= `The "header" member of ${label} must be a JSON object.`;
  const unprotected = headerNode?.type === 'object' && isObject(value.header) ? value.header : undefined;
  if (unprotected) out.entry.unprotected = unprotected;
  const protectedValue = isObject(out.entry.protected?.value) ? out.entry.protected.value : {};
  out.entry.header = { ...unprotected, ...protectedValue };
  out.headerJson = mergedHeaderJson(text, out.entry.protected, headerNode?.type === 'object' ? headerNode : undefined);
  if (signatureNode?.type === 'string') {
    out.signatureSegment = segmentOf('signature', pieceOf(signatureNode));
    out.entry.signature = out.signatureSegment.bytes;
    out.entry.signatureRaw = out.signatureSegment.raw;
  } else {
    out.problem ??= `The entry for ${label} has no "signature" string.`;
  }
  return out;
}

/** The header a verifier sees: the protected header's text with the unprotected members
 * spliced in before its closing brace, so the protected members keep their exact spans (and
 * duplicates), and a name in both parts shows up as a duplicate (RFC 7515 §7.2.1 forbids it). */
function mergedHeaderJson(text: string, protectedJson: DecodedJson | undefined, unprotected: ObjectNode | undefined): DecodedJson | undefined {
  if (!unprotected || unprotected.members.length === 0) return protectedJson;
  const unprotectedText = text.slice(unprotected.span.from, unprotected.span.to);
  const p = protectedJson?.node;
  if (!protectedJson || p?.type !== 'object' || p.members.length === 0) return parseJsonText(unprotectedText);
  const spliced = `${protectedJson.text.slice(0, p.span.to - 1)},${unprotectedText.slice(1)}`;
  return parseJsonText(spliced, protectedJson.encodingIssues);
}

const JWE_MEMBERS: [string, SegmentName][] = [
  ['protected', 'header'],
  ['encrypted_key', 'encrypted_key'],
  ['iv', 'iv'],
  ['ciphertext', 'ciphertext'],
  ['tag', 'tag'],
];

function jweJson(root: ObjectNode, base: Base): ParsedToken {
  const segments: Segment[] = [];
  for (const [name, segmentName] of JWE_MEMBERS) {
    const node = memberNode(root, name);
    if (node?.type === 'string') segments.push(segmentOf(segmentName, pieceOf(node)));
  }
  const headerSegment = segments.find((s) => s.name === 'header');
  const header = headerSegment?.raw ? decodeJson(headerSegment.bytes) : undefined;
  const token: ParsedToken = { ...base, kind: 'jwe', segments, ...(header ? { header } : {}) };
  let problem = headerSegment ? headerProblem(headerSegment, header, 'protected header') : undefined;
  if (memberNode(root, 'ciphertext')?.type !== 'string') problem ??= 'The "ciphertext" member must be a base64url string.';
  problem ??= segmentsProblem(segments);
  return problem ? malformed(token, problem) : token;
}

/** The last member called `name` (JSON.parse keeps the last one too). */
function memberNode(node: ObjectNode, name: string): JsonNode | undefined {
  let found: JsonNode | undefined;
  for (const m of node.members) if (m.name === name) found = m.value;
  return found;
}

/** The string's value, with offsets of its content (inside the quotes) in the JSON text. */
function pieceOf(node: JsonNode): Piece {
  const raw = node.type === 'string' ? node.value : '';
  return { raw, from: node.span.from + 1, to: node.span.to - 1 };
}

/** A compact token hidden in a member name or string value (python-jwt polyglot, CVE-2022-39227).
 * `except`: a string value that does not count (an SD-JWT's `kb_jwt`, RFC 9901 §8.1). */
export function hasCompactInside(root: JsonNode, except?: string): boolean {
  const stack: JsonNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'string' && node.value !== except && looksLikeCompactToken(node.value.trim())) return true;
    if (node.type === 'array') for (const item of node.items) stack.push(item);
    if (node.type === 'object') {
      for (const m of node.members) {
        if (looksLikeCompactToken(m.name.trim())) return true;
        stack.push(m.value);
      }
    }
  }
  return false;
}
