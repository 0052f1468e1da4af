// The words and tone of each signature status: what every front end (the page, the command
// line, an exported report) says for it. No imports but types, so the page's startup code can
// read it without loading the core.
import type { DecryptionStatus, SignatureStatus, Tone } from './report';

export const STATUS_WORDS: Record<SignatureStatus, { label: string; tone: Tone }> = {
  valid: { label: 'Signature verified', tone: 'good' },
  invalid: { label: 'Invalid signature', tone: 'bad' },
  unsecured: { label: 'Unsecured token (alg none)', tone: 'bad' },
  'no-key': { label: 'Signature not checked', tone: 'neutral' },
  'key-mismatch': { label: 'Key does not fit this token', tone: 'warn' },
  unsupported: { label: 'Algorithm not supported', tone: 'warn' },
  malformed: { label: 'Not a readable token', tone: 'bad' },
  encrypted: { label: 'Encrypted token (JWE)', tone: 'neutral' },
};

/** The words of each decryption status (a JWE with the Key box). */
export const DECRYPTION_WORDS: Record<DecryptionStatus, string> = {
  decrypted: 'Decrypted',
  failed: 'Did not decrypt',
  'no-key': 'Not decrypted: no key',
  'key-mismatch': 'Not decrypted: the key does not fit',
  unsupported: 'Not decrypted: not supported here',
  refused: 'Not decrypted: over a safety limit',
};
