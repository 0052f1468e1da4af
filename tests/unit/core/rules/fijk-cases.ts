// Table helpers for the tests of rule sections F, I, J and K: every case is a literal token run
// through inspect() at the tests' fixed clock; a case states the strongest severity expected.
import { b64url, hmacToken, NOW } from '../../helpers/mint';

export { NOW };
export const HS = { alg: 'HS256', typ: 'JWT' };
/** A clean payload: nothing in sections F/I/J/K is due on it. */
export const GOOD = { iss: 'https://issuer.example', sub: 'u1', aud: 'api', iat: NOW - 60, exp: NOW + 540, jti: 'a1b2c3' };

/** An HS256 token (secret `secret`) with the given payload and header. */
export const hs = (payload: Record<string, unknown> | string, header: Record<string, unknown> = HS) =>
  hmacToken(header, payload);

/** A compact JWE with the given protected header; iv, ciphertext and tag are filler bytes. */
export const jwe = (header: Record<string, unknown>, encryptedKey = '') =>
  `${b64url(JSON.stringify(header))}.${encryptedKey}.AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA`;

export { expectCase, expectQuietOnCleanAndGarbage, ruleSuite, type Case } from '../../helpers/rule-suite';
