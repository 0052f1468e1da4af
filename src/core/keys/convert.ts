// convertKey (issue 12): any key text the Key box reads (JWK, JWK Set, PEM, OpenSSH public line,
// bare base64 DER, a secret) to a KeyBundle. Private keys keep their private part here (the
// verifier keeps only public parts). Never throws: unreadable text is { ok: false, error } with
// the key reader's sentence.
import { findPemBlocks } from '../crypto/pem';
import { encodeBase64url } from '../parse/base64url';
import { lowerFirst } from '../text';
import type { KeyBundleResult, SecretEncoding, WorkbenchError } from '../report';
import { bundleOf, type BundleInput } from './bundle';
import { parseKeys } from './index';
import { candidateFromJwk } from './jwk';
import { readJwkText } from './jwk-text';
import { canonicalJwk, privateJwkFromDer, privateMismatch, type PrivateSource } from './private-jwk';
import type { PublicJwk } from './spki';
import type { KeyCandidate } from './types';

const PRIVATE_SOURCES = new Set<string>(['pkcs8', 'sec1', 'pkcs1-private']);
const JWK_MEMBERS = ['kty', 'crv', 'x', 'y', 'n', 'e', 'k', 'd', 'p', 'q', 'dp', 'dq', 'qi'];

export async function convertKey(text: string, secretEncoding: SecretEncoding = 'auto'): Promise<KeyBundleResult> {
  const parse = await parseKeys(text, secretEncoding);
  const first = parse.candidates[0];
  if (parse.kind === 'none') return failure({ code: 'no-key', message: 'There is no key text to convert.' });
  if (!first) {
    const at = parse.errorAt ? { at: { part: 'key' as const, ...parse.errorAt } } : {};
    return failure({ code: 'unreadable-key', message: parse.error ?? 'This key could not be read.', ...at });
  }
  const notes = parse.candidates.length > 1 ? [`The text holds ${parse.candidates.length} keys; this is the first (${first.label}).`] : [];
  try {
    const input = inputOf(text, first);
    const mismatch = privateMismatch(canonicalJwk(input.jwk));
    if (mismatch) return failure({ code: 'unreadable-key', message: mismatch });
    return { ok: true, bundle: bundleOf({ ...input, origin: 'converted', notes: [...notes, ...(first.notes ?? [])] }) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return failure({ code: 'unreadable-key', message: `This key could not be converted: ${lowerFirst(detail)}` });
  }
}

function failure(error: WorkbenchError): KeyBundleResult {
  return { ok: false, error };
}

type KeyInput = Omit<BundleInput, 'origin' | 'notes'>;

function inputOf(text: string, candidate: KeyCandidate): KeyInput {
  if (candidate.source === 'secret') {
    const reading = candidate.secrets![0]!;
    return { jwk: { kty: 'oct', k: encodeBase64url(reading.bytes) }, secretEncoding: reading.encoding };
  }
  if (candidate.source === 'jwk' || candidate.source === 'jwks') return fromJwkText(text, candidate);
  const pem = candidate.pem ? findPemBlocks(candidate.pem)[0]?.der : undefined;
  if (pem && PRIVATE_SOURCES.has(candidate.source)) return { jwk: privateJwkFromDer(candidate.source as PrivateSource, pem) };
  return { jwk: (candidate.jwk ?? {}) as PublicJwk };
}

/** The JWK object the candidate was read from, with its private members if it has them. */
function fromJwkText(text: string, candidate: KeyCandidate): KeyInput {
  const read = readJwkText(text);
  const value = 'error' in read ? undefined : read.value;
  const list: unknown[] = Array.isArray(value) ? value : isObject(value) && Array.isArray(value.keys) ? value.keys : [value];
  const raw = list.find((v) => {
    const c = candidateFromJwk(v, '', 'jwk');
    return typeof c !== 'string' && c.thumbprint === candidate.thumbprint && c.kid === candidate.kid;
  });
  const obj = isObject(raw) ? raw : {};
  const jwk: PublicJwk = {};
  for (const name of JWK_MEMBERS) if (typeof obj[name] === 'string') jwk[name] = obj[name];
  return { jwk, kid: candidate.kid, alg: candidate.alg, use: candidate.use };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
