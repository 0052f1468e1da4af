// The decryption itself, by jose over WebCrypto (loaded only here). jose substitutes a random
// content key whenever key management fails (RFC 7516 §11.5), so every failure reads as "wrong
// key, or the token was changed": which step failed cannot be told apart.
import { decodeBase64url } from '../parse/base64url';
import { looksLikeCompactToken } from '../parse/nested';
import { isObject } from '../parse/token-parts';
import type { Attempt } from './index';
import type { DecryptionFacts, ZipFacts } from './types';

interface Limits {
  maxPbes2Count: number;
  maxInflatedBytes: number;
}

type Outcome = DecryptionFacts['status'];
const RANK: Outcome[] = ['key-mismatch', 'failed', 'unsupported', 'refused'];

export async function runAttempts(attempts: Attempt[], limits: Limits): Promise<DecryptionFacts> {
  const { flattenedDecrypt } = await import('jose');
  let worst: DecryptionFacts | undefined;
  for (const { recipient, label, key, keyId } of attempts) {
    const { alg, enc, zip } = recipient.header as Record<string, string>;
    const compressed = decodeBase64url(recipient.jwe.ciphertext).bytes.length;
    const zipFacts = (problem?: ZipFacts['problem'], inflated?: number): ZipFacts | undefined =>
      zip === 'DEF' ? { compressed, cap: limits.maxInflatedBytes, ...(problem ? { problem } : {}), ...(inflated !== undefined ? { inflated } : {}) } : undefined;
    let facts: DecryptionFacts;
    try {
      const result = await flattenedDecrypt(recipient.jwe, key, {
        keyManagementAlgorithms: [alg],
        contentEncryptionAlgorithms: [enc],
        maxPBES2Count: limits.maxPbes2Count,
        maxDecompressedLength: limits.maxInflatedBytes,
      });
      return { status: 'decrypted', alg, enc, reason: `Decrypted with ${label}.`, keyUsed: label, keyId, ...plaintextFacts(result.plaintext), ...withZip(zipFacts(undefined, result.plaintext.length)) };
    } catch (error) {
      facts = { alg, enc, ...failure(error, label, limits, zipFacts) };
    }
    if (!worst || RANK.indexOf(facts.status) > RANK.indexOf(worst.status)) worst = facts;
    if (facts.status === 'refused' || facts.status === 'unsupported') break;
  }
  return worst!;
}

const withZip = (zip: ZipFacts | undefined) => (zip ? { zip } : {});

function failure(error: unknown, label: string, limits: Limits, zipFacts: (p?: ZipFacts['problem']) => ZipFacts | undefined): Omit<DecryptionFacts, 'alg' | 'enc'> {
  const code = (error as { code?: unknown })?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ERR_JWE_DECRYPTION_FAILED') {
    return { status: 'failed', reason: 'Wrong key, or the token was changed: the authentication tag does not match, so nothing was decrypted.' };
  }
  if (/exceeded the configured limit/.test(message)) {
    const reason = `The content is compressed (zip DEF) and inflates past the limit of ${limits.maxInflatedBytes.toLocaleString('en-US')} bytes, so it was not shown.`;
    return { status: 'refused', reason, skipped: reason, ...withZip(zipFacts('limit')) };
  }
  if (/decompress/i.test(message)) {
    return { status: 'failed', reason: 'The key is right, but the content does not inflate as raw DEFLATE (zip DEF).', keyUsed: label, ...withZip(zipFacts('invalid')) };
  }
  if (code === 'ERR_JOSE_NOT_SUPPORTED') return { status: 'unsupported', reason: `This runtime cannot decrypt it: ${message}`, skipped: message };
  if (code === 'ERR_JWE_INVALID') return { status: 'failed', reason: `The token is not a well-formed JWE: ${message}.` };
  return { status: 'key-mismatch', reason: `${label} could not be used: ${message}` };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function jsonOf(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(strictUtf8.decode(bytes));
  } catch {
    return undefined;
  }
}

/** The plaintext, and what it holds: a compact token (its header and payload) or claims. */
function plaintextFacts(plaintext: Uint8Array): Pick<DecryptionFacts, 'plaintext' | 'inner' | 'claims'> {
  let text: string | undefined;
  try {
    text = strictUtf8.decode(plaintext).trim();
  } catch {
    return { plaintext };
  }
  if (!looksLikeCompactToken(text)) {
    const claims = jsonOf(plaintext);
    return { plaintext, ...(isObject(claims) ? { claims } : {}) };
  }
  const parts = text.split('.');
  const header = jsonOf(decodeBase64url(parts[0]!).bytes);
  const payload = parts.length === 3 ? jsonOf(decodeBase64url(parts[1]!).bytes) : undefined;
  const inner = { text, kind: parts.length === 5 ? ('jwe' as const) : ('jws' as const), ...(isObject(header) ? { header } : {}), ...(payload !== undefined ? { payload } : {}) };
  return { plaintext, inner, ...(isObject(payload) ? { claims: payload } : {}) };
}
