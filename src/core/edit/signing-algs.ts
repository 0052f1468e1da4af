// The algorithms the Key box's key can sign with, from the algorithm table: what sign() would
// accept with this key (its type, curve and own "alg" member), or why it cannot sign at all
// (no key, a public key only, unreadable).
import { jwsAlgorithms } from '../algorithms';
import type { SecretEncoding, SignResult } from '../report';
import { keyMismatch } from '../sign/key-fit';
import { readSigningKey } from '../sign/signing-key';

// The error as sign() gives it (named from report.ts, so the declarations stay free of WebCrypto types).
export type SigningAlgs = { ok: true; algs: string[] } | { ok: false; error: Extract<SignResult, { ok: false }>['error'] };

export async function signingAlgs(keyText: string, encoding: SecretEncoding = 'auto'): Promise<SigningAlgs> {
  try {
    const key = await readSigningKey(keyText, encoding);
    if ('error' in key) return { ok: false, error: key.error };
    const algs = jwsAlgorithms.filter((info) => info.can.sign && info.alg !== 'none' && !keyMismatch(info, key)).map((info) => info.alg);
    return { ok: true, algs };
  } catch (error) {
    return { ok: false, error: { code: 'key-unreadable', message: `This key could not be read (${error instanceof Error ? error.message : String(error)}).` } };
  }
}
