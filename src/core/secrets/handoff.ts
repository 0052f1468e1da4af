// Hand-off beyond this device: for lists too big for a browser, the exact lines and commands for
// hashcat (mode 16500, "JWT (JSON Web Token)": the compact token itself) and John the Ripper
// (jumbo's HMAC-SHA256/384/512 formats: "<header.payload>#<signature in hex>", as its
// jwt2john.py writes). GPU rigs and clusters run those; we build no cracker of our own.
import { decodeBase64url } from '../parse/base64url';
import { issuerJwtOf } from '../sd-jwt/split';

export interface CrackerHandoff {
  /** The token line hashcat reads from jwt.hash. */
  hashcatLine: string;
  hashcatCommand: string;
  /** The token line John reads from jwt.john. */
  johnLine: string;
  johnCommand: string;
}

const JOHN_FORMAT: Record<string, string> = { HS256: 'HMAC-SHA256', HS384: 'HMAC-SHA384', HS512: 'HMAC-SHA512' };

/** The commands for a compact HS256/384/512 token (as extracted, Report.input.token); undefined
 * for anything else. */
export function crackerHandoff(pasted: string, alg: unknown): CrackerHandoff | undefined {
  const format = typeof alg === 'string' ? JOHN_FORMAT[alg] : undefined;
  // A compact SD-JWT: the crackers get its issuer-signed JWT, the one HMAC it has.
  const token = issuerJwtOf(pasted.trim());
  const parts = token.split('.');
  if (!format || parts.length !== 3 || !parts[2]) return undefined;
  const hex = Array.from(decodeBase64url(parts[2]).bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return {
    hashcatLine: token,
    hashcatCommand: 'hashcat -m 16500 -a 0 jwt.hash wordlist.txt',
    johnLine: `${parts[0]}.${parts[1]}#${hex}`,
    johnCommand: `john --format=${format} --wordlist=wordlist.txt jwt.john`,
  };
}
