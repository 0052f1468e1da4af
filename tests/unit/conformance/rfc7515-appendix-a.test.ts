// RFC 7515 Appendix A (via latchset/jose vectors): A.1-A.4 compact, A.5 unsecured, A.6 general
// JSON with two signatures, A.7 flattened JSON.
import { describe, expect, it } from 'vitest';
import { check, readVectors } from './vectors';

interface Case {
  id: string;
  serialization: string;
  jws: string | object;
  payloadUtf8: string;
  result: 'valid' | 'invalid';
  publicJwk?: object;
  publicJwks?: { keys: object[] };
}

const FILE = 'rfc/rfc7515_appendix_a.json';
const cases = readVectors<{ tests: Case[] }>(FILE).tests;

describe('RFC 7515 Appendix A', () => {
  it('has A.1-A.7', () => expect(cases.map((c) => c.id)).toHaveLength(7));

  it.each(cases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const report = await check(c.jws, c.publicJwk ?? c.publicJwks);
    if (c.result === 'valid') {
      expect(report.signature.status).toBe('valid');
      expect(report.payload?.text).toBe(c.payloadUtf8);
      expect(report.serialization).toBe(c.serialization);
    } else {
      // A.5 is alg "none": well-formed, never valid.
      expect(report.signature.status).toBe('unsecured');
    }
  });

  it('A.6 verifies both signatures', async () => {
    const c = cases.find((x) => x.id.endsWith('A.6'))!;
    const report = await check(c.jws, c.publicJwks);
    expect(report.signature.perSignature?.map((v) => v.status)).toEqual(['valid', 'valid']);
  });

  it('A.1 with the wrong secret is invalid, with the right one as JWK valid', async () => {
    const c = cases.find((x) => x.id.endsWith('A.1'))!;
    expect((await check(c.jws, 'not the key')).signature.status).toBe('invalid');
    expect((await check(c.jws, c.publicJwk)).signature.keyUsed).toBeDefined();
  });
});
