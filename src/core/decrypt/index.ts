// decryptToken(): the JWE in the Token box decrypted with what the Key box holds (issue 13).
// Everything that needs no crypto is decided here (no key, unsupported, refused, no key that
// fits); only then is ./run (and jose with it) loaded, so a page that never sees a JWE never
// loads them.
import { contentEncryptionOf, keyManagementOf } from '../algorithms';
import type { ParsedToken } from '../parse/types';
import type { SecretEncoding } from '../report';
import { decryptionKeys, type DecryptKey } from './keys';
import { fitKey, type JoseKey } from './fit';
import { DEFAULT_MAX_INFLATED_BYTES, DEFAULT_MAX_PBES2_COUNT, refusal } from './limits';
import { recipientsOf, type Recipient } from './recipients';
import type { DecryptionFacts } from './types';

export interface DecryptOptions {
  key: string;
  secretEncoding: SecretEncoding;
  maxPbes2Count?: number;
  maxInflatedBytes?: number;
}

/** One try: a recipient with one key that fits it. */
export interface Attempt {
  recipient: Recipient;
  label: string;
  key: JoseKey;
  keyId: string;
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');
const keyIdOf = ({ jwk }: DecryptKey) => (jwk ? text(jwk.n ?? jwk.x ?? jwk.k) : 'secret');

export async function decryptToken(token: ParsedToken, opts: DecryptOptions): Promise<DecryptionFacts | undefined> {
  if (token.kind !== 'jwe') return undefined;
  const recipients = recipientsOf(token);
  const first = recipients[0]?.header ?? {};
  const base = { alg: text(first.alg), enc: text(first.enc) };
  if (opts.key.trim() === '') {
    return { ...base, status: 'no-key', reason: 'To decrypt it, put the recipient\'s private key, the shared key or the password in the Key box.' };
  }
  const cap = opts.maxPbes2Count ?? DEFAULT_MAX_PBES2_COUNT;
  const open = recipients.filter((r) => !refusal(token, r.header, cap));
  if (!open.length) {
    const refused = refusal(token, first, cap)!;
    return { ...base, status: refused.status, reason: refused.reason, skipped: refused.reason };
  }
  const keys = knownDecryptionKeys(opts.key, opts.secretEncoding);
  const attempts: Attempt[] = [];
  const mismatches = new Set<string>();
  for (const recipient of open) {
    const km = keyManagementOf(recipient.header.alg)!;
    const ce = contentEncryptionOf(recipient.header.enc)!;
    for (const key of keys) {
      const fit = fitKey(key, km, ce, recipient.header);
      if ('mismatch' in fit) mismatches.add(fit.mismatch);
      else attempts.push(...fit.keys.map((k) => ({ recipient, label: key.label, key: k, keyId: keyIdOf(key) })));
    }
  }
  const alg = text(open[0]!.header.alg);
  if (!attempts.length) {
    const reason = keys.length ? [...mismatches].join(' ') : 'The Key box holds no private key, shared key or password that can decrypt.';
    return { ...base, alg, status: 'key-mismatch', reason };
  }
  const { runAttempts } = await import('./run');
  return runAttempts(attempts, { maxPbes2Count: cap, maxInflatedBytes: opts.maxInflatedBytes ?? DEFAULT_MAX_INFLATED_BYTES });
}

// The last few Key box readings: the same objects each time, so jose's own cache of imported
// WebCrypto keys (by key object) serves the next paste or edit as well.
const MAX_READINGS = 4;
const readings = new Map<string, ReturnType<typeof decryptionKeys>>();

function knownDecryptionKeys(text: string, encoding: DecryptOptions['secretEncoding']): ReturnType<typeof decryptionKeys> {
  const id = `${encoding ?? ''}\n${text}`;
  const known = readings.get(id) ?? decryptionKeys(text, encoding);
  readings.delete(id);
  readings.set(id, known);
  if (readings.size > MAX_READINGS) readings.delete(readings.keys().next().value!);
  return known;
}
