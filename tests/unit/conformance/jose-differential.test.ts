// jose as an independent reference: over every compact Wycheproof JWS case, whenever jose
// verifies a token we say 'valid' too, and whenever we say 'valid' jose does too — except in
// the named places where the project is deliberately stricter (jose's known leniencies, listed
// in tests/vectors/README.md) or deliberately verifies a weak key and flags it instead.
import { compactVerify, importJWK, type JWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { check, readVectors } from './vectors';

interface Case { tcId: number; jws: string | object; result: string }
interface Group { private?: JWK; public?: JWK; tests: Case[] }

const FILE = 'wycheproof/json_web_signature_test.json';

/** jose accepts these; we reject them on purpose. */
const STRICTER_THAN_JOSE: Record<number, string> = {
  353: 'JWK use "enc" (jose ignores use in importJWK)',
  354: 'JWK use "enc"',
  360: 'whitespace inside a segment',
  365: '"=" padding in a segment',
  368: 'non-zero trailing bits in a segment',
};

async function joseVerifies(jws: string, jwk: JWK): Promise<boolean> {
  try {
    const alg = typeof jwk.alg === 'string' ? jwk.alg : (JSON.parse(Buffer.from(jws.split('.')[0]!, 'base64url').toString()) as { alg: string }).alg;
    const key = await importJWK(jwk, alg);
    await compactVerify(jws, key, { algorithms: [typeof jwk.alg === 'string' ? jwk.alg : alg] });
    return true;
  } catch {
    return false;
  }
}

const groups = readVectors<{ testGroups: Group[] }>(FILE).testGroups;
const cases = groups.flatMap((g) =>
  g.tests
    .filter((t): t is Case & { jws: string } => typeof t.jws === 'string')
    .map((t) => ({ ...t, key: (g.public && Object.keys(g.public).length ? g.public : g.private)! })),
);

describe('jose differential (Wycheproof JWS)', () => {
  it('agrees with jose on every case but the named stricter ones', async () => {
    const disagreements: number[] = [];
    for (const c of cases) {
      const ours = (await check(c.jws, c.key)).signature.status === 'valid';
      const theirs = await joseVerifies(c.jws, c.key);
      if (ours !== theirs) disagreements.push(c.tcId);
      if (ours && !theirs) throw new Error(`tcId ${c.tcId}: we say valid, jose rejects`);
    }
    const named = Object.keys(STRICTER_THAN_JOSE).map(Number);
    expect(disagreements).toEqual(named);
  });
});
