// Key text detection with no user hint: JWK, JWK Set, PEM (SPKI, PKCS#1, X.509, PKCS#8, SEC1,
// PKCS#1 private), OpenSSH public key lines, bare base64 DER (SPKI or certificate), otherwise an
// HMAC secret. Never throws: anything unreadable becomes kind 'unrecognised' with one sentence
// and, when known, a span.
import type { KeyCandidate, KeyParse } from './types';
import type { SecretEncoding, TextSpan } from '../report';
import { findPemBlocks } from '../crypto/pem';
import { candidateFromJwk, parseJwkSet } from './jwk';
import { readJwkText, unwrappedNote } from './jwk-text';
import { splitJsonObjects } from './jwk-sequence';
import { candidatesFromOpenssh, looksLikeOpenssh } from './openssh';
import { parseSecret } from './secret';
import { akpSeedMismatch } from './akp';
import { candidatesFromPem, candidateFromBareDer } from './pem-keys';

export async function parseKeys(text: string, encoding: SecretEncoding): Promise<KeyParse> {
  try {
    const parse = detect(text, encoding);
    for (const c of parse.candidates) {
      const why = c.kty === 'AKP' && c.members ? await akpSeedMismatch(c.members) : undefined;
      if (why) c.seedMismatch = why;
    }
    return parse;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return unrecognised(`This key could not be read (${detail}).`);
  }
}

function detect(text: string, encoding: SecretEncoding): KeyParse {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'none', candidates: [], setIssues: [] };
  if (/^[{[]/.test(trimmed)) return fromJson(text);
  if (text.includes('-----BEGIN ')) return candidatesFromPem(text, findPemBlocks(text));
  if (looksLikeOpenssh(trimmed)) return candidatesFromOpenssh(text);
  if (encoding === 'auto') {
    const der = candidateFromBareDer(trimmed);
    if (der) return der;
  }
  return parseSecret(text, encoding);
}

function fromJson(text: string): KeyParse {
  const read = readJwkText(text);
  // Several JWKs one after another are read as keys handed over together (a bare array).
  const sequence = 'error' in read ? splitJsonObjects(text) : undefined;
  if (sequence) return fromJson(`[${sequence.join(',')}]`);
  if ('error' in read) return unrecognised(read.error, read.errorAt);
  const { value, unwrapped } = read;
  const notesOf = (key: unknown) => {
    const members = typeof key === 'object' && key !== null ? unwrapped.get(key) : undefined;
    return members ? [unwrappedNote(members)] : undefined;
  };
  if (Array.isArray(value)) return parseJwkSet(value, false, notesOf);
  if (typeof value === 'object' && value !== null && 'keys' in value) {
    const keys = (value as { keys: unknown }).keys;
    if (!Array.isArray(keys)) return unrecognised('This JWK Set has a "keys" member that is not an array.');
    return parseJwkSet(keys, true, notesOf);
  }
  const candidate: KeyCandidate | string = candidateFromJwk(value, 'JWK', 'jwk', notesOf(value));
  if (typeof candidate === 'string') return unrecognised(candidate);
  return { kind: 'jwk', candidates: [candidate], setIssues: [] };
}

export function unrecognised(error: string, errorAt?: TextSpan): KeyParse {
  return { kind: 'unrecognised', candidates: [], setIssues: [], error, ...(errorAt ? { errorAt } : {}) };
}
