// Helpers for the re-signing rules (rules-next.md P): an input token made by sign(), then
// re-signed through sign() with `from`, and the findings of one rule on the output.
import { generateKeyPairSync } from 'node:crypto';
import { sign } from '../../../../src/core/index';
import type { Finding, SignInput } from '../../../../src/core/report';

export const NOW = 1_700_000_000;
export const PAYLOAD = `{"sub":"issue-12","iat":${NOW},"exp":${NOW + 600}}`;
export const SECRET = 'first shared secret, long enough for HS512 too: 0123456789abcdefghij!';
export const OTHER_SECRET = 'second shared secret, long enough for HS512 too: 9876543210zyxwvuts?';

export interface TestKeyPair {
  /** PKCS#8 PEM of the private key. */
  pem: string;
  /** SPKI PEM of the public key. */
  spki: string;
  /** The private key as a JWK (with `kid` when asked). */
  jwk: (kid?: string) => string;
  /** The public key as a JWK object. */
  publicJwk: Record<string, string>;
}

export function ecKey(): TestKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = privateKey.export({ format: 'jwk' }) as Record<string, string>;
  return {
    pem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    spki: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    jwk: (kid) => JSON.stringify({ ...jwk, ...(kid !== undefined ? { kid } : {}) }),
    publicJwk: publicKey.export({ format: 'jwk' }) as Record<string, string>,
  };
}

/** sign() that must succeed: its token. */
export async function signed(input: SignInput): Promise<string> {
  const result = await sign({ now: NOW, ...input });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.token;
}

/** The output's findings of `rule`, re-signing `from` with `input`. */
export async function resignFindings(rule: string, input: SignInput): Promise<Finding[]> {
  const result = await sign({ now: NOW, ...input });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.findings.filter((f) => f.rule === rule);
}

/** The decoded header text of a token. */
export const headerOf = (token: string): string => Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8');
