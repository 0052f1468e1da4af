// The last few signing keys, read and checked, by key text and secret encoding. In edit mode
// every keystroke signs with the same Key box text, and reading a PEM, checking a private key's
// parts (BigInt and curve arithmetic) and importing it into WebCrypto cost more than the
// signature itself. Like the Key box text they come from, they live in memory only.
import type { SecretEncoding } from '../report';
import { privateMismatch } from '../keys/private-jwk';
import { readSigningKey, type SigningKey } from './signing-key';
import type { SignError } from './header';

/** A signing key as read, and for a private key what disagrees between its parts, if anything. */
export type CheckedKey = { key: SigningKey; inconsistent?: string } | { error: SignError };

const MAX_KEYS = 4;
const keys = new Map<string, Promise<CheckedKey>>();

export function checkedSigningKey(text: string, encoding: SecretEncoding): Promise<CheckedKey> {
  const id = `${encoding}\n${text}`;
  let checked = keys.get(id);
  if (checked) keys.delete(id); // most recent last
  else checked = check(text, encoding);
  keys.set(id, checked);
  if (keys.size > MAX_KEYS) keys.delete(keys.keys().next().value!);
  return checked;
}

async function check(text: string, encoding: SecretEncoding): Promise<CheckedKey> {
  const key = await readSigningKey(text, encoding);
  if ('error' in key) return key;
  const inconsistent = key.kind === 'private' ? privateMismatch(key.jwk) : undefined;
  return inconsistent ? { key, inconsistent } : { key };
}
