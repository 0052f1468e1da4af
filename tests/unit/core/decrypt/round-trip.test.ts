// Issue 13: every alg/enc pair the issue lists, encrypted by jose (an independent
// implementation) and decrypted by inspect() with the Key box; 192-bit AES and RSA1_5 are
// `unsupported` from the JWE table, the same in Node as in Chromium.
import { describe, expect, it } from 'vitest';
import { inspect } from '../../../../src/core/index';
import { encryptFor, recipientKey, type RecipientKey } from '../../helpers/jwe-mint';
import { NOW } from '../../helpers/mint';

const ALGS = [
  'RSA-OAEP', 'RSA-OAEP-256', 'RSA-OAEP-384', 'RSA-OAEP-512',
  'ECDH-ES', 'ECDH-ES+A128KW', 'ECDH-ES+A192KW', 'ECDH-ES+A256KW',
  'A128KW', 'A192KW', 'A256KW', 'A128GCMKW', 'A192GCMKW', 'A256GCMKW', 'dir',
  'PBES2-HS256+A128KW', 'PBES2-HS384+A192KW', 'PBES2-HS512+A256KW',
];
const ENCS = ['A128GCM', 'A192GCM', 'A256GCM', 'A128CBC-HS256', 'A192CBC-HS384', 'A256CBC-HS512'];
const CLAIMS = JSON.stringify({ iss: 'https://issuer.example', sub: 'u1', aud: 'api', iat: NOW - 60, exp: NOW + 540 });
/** One key per alg (dir: per enc): RSA keys are slow to make. */
const keys = new Map<string, Promise<RecipientKey>>();
const keyFor = (alg: string, enc: string) => {
  const id = alg === 'dir' ? `dir ${enc}` : alg;
  if (!keys.has(id)) keys.set(id, recipientKey(alg, enc));
  return keys.get(id)!;
};
const needsAes192 = (alg: string, enc: string) => /192/.test(alg) || /^A192/.test(enc);

describe('issue 13: decrypt every alg/enc pair', () => {
  for (const alg of ALGS) {
    it(`issue 13: ${alg} with each enc decrypts (or is unsupported for 192-bit AES)`, async () => {
      for (const enc of ENCS) {
        const key = await keyFor(alg, enc);
        const header = alg.startsWith('PBES2') ? { alg, enc, p2c: 2048 } : { alg, enc };
        const token = await encryptFor(key, header, CLAIMS);
        const report = await inspect({ token, key: key.keyText, now: NOW });
        const expected = needsAes192(alg, enc) ? 'unsupported' : 'decrypted';
        expect(report.decryption, `${alg} + ${enc}`).toMatchObject({ status: expected, alg, enc });
        expect(report.signature.status).toBe('encrypted');
        if (expected === 'decrypted') expect(report.payload?.text).toBe(CLAIMS);
        else expect(report.findings.map((f) => f.rule)).toContain('jwe-decrypt-skipped');
      }
    }, 60_000);
  }

  it('issue 13: ECDH-ES on P-384, P-521 and X25519 decrypts', async () => {
    for (const crv of ['P-384', 'P-521', 'X25519']) {
      const key = await recipientKey('ECDH-ES+A256KW', 'A256GCM', crv);
      const token = await encryptFor(key, { alg: 'ECDH-ES+A256KW', enc: 'A256GCM' }, CLAIMS);
      const report = await inspect({ token, key: key.keyText, now: NOW });
      expect(report.decryption?.status, crv).toBe('decrypted');
    }
  });
});
