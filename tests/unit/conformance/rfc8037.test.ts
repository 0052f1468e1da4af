// RFC 8037 A.4 (Ed25519 "EdDSA" JWS, cookbook copy) in all three serializations; the key file
// holds the private key too, so this also checks that its public part is derived and used.
import { describe, expect, it } from 'vitest';
import { check, readVectors } from './vectors';

interface Cookbook { input: { payload: string; key: Record<string, string> }; output: Record<string, string | object> }

const FILE = 'rfc/rfc8037/cookbook_curve25519_jws.json';

describe('RFC 8037 Ed25519', () => {
  const ex = readVectors<Cookbook>(FILE);

  it.each(['compact', 'json', 'json_flat'])('%s verifies', async (form) => {
    const report = await check(ex.output[form]!, ex.input.key);
    expect(report.signature.status).toBe('valid');
    expect(report.payload?.text).toBe(ex.input.payload);
    expect(report.keys.candidates[0]?.hadPrivate).toBe(true);
    expect(report.keys.candidates[0]?.problems.map((p) => p.code)).toContain('private-key-given');
  });

  it('the public key alone verifies, and a flipped signature bit does not', async () => {
    const { d: _d, ...pub } = ex.input.key;
    const token = ex.output.compact as string;
    expect((await check(token, pub)).signature.status).toBe('valid');
    const flipped = token.slice(0, -2) + (token.at(-2) === 'A' ? 'B' : 'A') + token.at(-1);
    expect((await check(flipped, pub)).signature.status).toBe('invalid');
  });
});
