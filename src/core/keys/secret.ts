// An HMAC secret typed or pasted as text. With encoding 'auto' every reading that is valid is
// kept (UTF-8 always; base64, base64url and hex when the text is well-formed in them), and the
// verifier reports which one reproduces the signature.
import type { KeyCandidate, KeyParse } from './types';
import type { ConcreteEncoding, SecretEncoding } from '../report';

const HEX = /^(?:[0-9a-fA-F]{2})+$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;

/** The secret's bytes when read in `encoding`, or undefined when the text is not valid in it.
 * Line breaks inside base64 or hex are wrapping (`openssl rand -base64 64` wraps at 64
 * characters), not part of the secret. */
export function readSecret(raw: string, encoding: ConcreteEncoding): Uint8Array | undefined {
  const text = encoding === 'utf8' ? raw : raw.replace(/\r?\n/g, '');
  switch (encoding) {
    case 'utf8':
      return new TextEncoder().encode(text);
    case 'hex':
      return HEX.test(text) ? Uint8Array.from(text.match(/../g) ?? [], (h) => parseInt(h, 16)) : undefined;
    case 'base64':
    case 'base64url': {
      const pattern = encoding === 'base64' ? BASE64 : BASE64URL;
      const body = text.replace(/=+$/, '');
      if (!pattern.test(text) || body.length % 4 === 1 || (text.includes('=') && text.length % 4 !== 0)) return undefined;
      const std = body.replace(/-/g, '+').replace(/_/g, '/');
      const bin = atob(std + '='.repeat((4 - (std.length % 4)) % 4));
      return Uint8Array.from(bin, (c) => c.charCodeAt(0));
    }
  }
}

export const ENCODINGS: ConcreteEncoding[] = ['utf8', 'base64', 'base64url', 'hex'];

/** Line breaks around a pasted secret are copy artefacts; spaces are kept (they may be real). */
export function secretText(text: string): string {
  return text.replace(/^[\r\n]+|[\r\n]+$/g, '');
}

export function parseSecret(raw: string, encoding: SecretEncoding): KeyParse {
  const text = secretText(raw);
  const wanted = encoding === 'auto' ? ENCODINGS : [encoding];
  const secrets = wanted.flatMap((e) => {
    const bytes = readSecret(text, e);
    return bytes ? [{ encoding: e, bytes }] : [];
  });
  if (secrets.length === 0) {
    return {
      kind: 'unrecognised',
      candidates: [],
      setIssues: [],
      error: `This secret is not valid ${encoding === 'hex' ? 'hex (pairs of 0-9, a-f)' : encoding}; pick another encoding or "auto".`,
      errorAt: { from: 0, to: raw.length },
    };
  }
  const candidate: KeyCandidate = {
    label: 'secret',
    source: 'secret',
    kty: 'oct',
    bits: secrets[0]!.bytes.length * 8,
    hadPrivate: false,
    secrets,
    problems: [],
  };
  if (encoding !== 'auto') {
    const others = otherReadings(text, wanted);
    if (others.length) candidate.otherReadings = others;
  }
  return { kind: 'secret', candidates: [candidate], setIssues: [] };
}

/** Other readings of the same text, for "it does verify if read as base64" hints. */
function otherReadings(text: string, tried: ConcreteEncoding[]): { encoding: ConcreteEncoding; bytes: Uint8Array }[] {
  return ENCODINGS.filter((e) => !tried.includes(e)).flatMap((e) => {
    const bytes = readSecret(text, e);
    return bytes ? [{ encoding: e, bytes }] : [];
  });
}
