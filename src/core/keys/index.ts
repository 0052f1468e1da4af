// Key text detection with no user hint: JWK, JWK Set, PEM (SPKI, PKCS#1, X.509, PKCS#8, SEC1,
// PKCS#1 private), bare base64 DER (SPKI or certificate), otherwise an HMAC secret. Never throws:
// anything unreadable becomes kind 'unrecognised' with one sentence and, when known, a span.
import type { KeyCandidate, KeyParse, SecretEncoding } from '../types';
import { findPemBlocks } from '../crypto/pem';
import { candidateFromJwk, parseJwkSet } from './jwk';
import { parseSecret } from './secret';
import { candidatesFromPem, candidateFromBareDer } from './pem-keys';

export async function parseKeys(text: string, encoding: SecretEncoding): Promise<KeyParse> {
  try {
    return detect(text, encoding);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return unrecognised(`This key could not be read (${detail}).`);
  }
}

function detect(text: string, encoding: SecretEncoding): KeyParse {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'none', candidates: [], setIssues: [] };
  if (/^[{[]/.test(trimmed)) return fromJson(text, trimmed);
  if (text.includes('-----BEGIN ')) return candidatesFromPem(text, findPemBlocks(text));
  if (encoding === 'auto') {
    const der = candidateFromBareDer(trimmed);
    if (der) return der;
  }
  return parseSecret(text, encoding);
}

function fromJson(text: string, trimmed: string): KeyParse {
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (error) {
    const at = /position (\d+)/.exec(String(error));
    const offset = text.indexOf(trimmed) + (at ? Number(at[1]) : 0);
    const line = text.slice(0, offset).split('\n').length;
    return unrecognised(`This looks like a JWK (JSON) but it does not parse near line ${line}.`, {
      from: offset,
      to: Math.min(text.length, offset + 1),
    });
  }
  if (Array.isArray(value)) return parseJwkSet(value, false);
  if (typeof value === 'object' && value !== null && 'keys' in value) {
    const keys = (value as { keys: unknown }).keys;
    if (!Array.isArray(keys)) return unrecognised('This JWK Set has a "keys" member that is not an array.');
    return parseJwkSet(keys);
  }
  const candidate: KeyCandidate | string = candidateFromJwk(value, 'JWK', 'jwk');
  if (typeof candidate === 'string') return unrecognised(candidate);
  return { kind: 'jwk', candidates: [candidate], setIssues: [] };
}

export function unrecognised(error: string, errorAt?: { from: number; to: number }): KeyParse {
  return { kind: 'unrecognised', candidates: [], setIssues: [], error, ...(errorAt ? { errorAt } : {}) };
}
