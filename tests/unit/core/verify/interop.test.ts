// Interop: tokens made by Node's crypto and the openssl CLI (scripts/gen-fixtures.mjs, output in
// tests/fixtures/interop.json) verify through inspect() with the key in each pasted format.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inspect } from '../../../../src/core/index';
import type { ConcreteEncoding, KeyProblemCode, SignatureStatus } from '../../../../src/core/report';

interface Case { name: string; token: string; key: string; source: string; encoding?: ConcreteEncoding; keyUsed?: string; problems?: KeyProblemCode[] }
interface Reject { name: string; token: string; key: string; status: SignatureStatus }

const fixtures = JSON.parse(readFileSync(new URL('../../../fixtures/interop.json', import.meta.url), 'utf8')) as {
  now: number;
  cases: Case[];
  rejects: Reject[];
};
const run = (token: string, key: string, secretEncoding?: ConcreteEncoding) =>
  inspect({ token, key, now: fixtures.now, ...(secretEncoding ? { secretEncoding } : {}) });

describe('interop: tokens from Node crypto and openssl', () => {
  it.each(fixtures.cases.map((c) => [c.name, c] as const))('%s verifies', async (_name, c) => {
    const report = await run(c.token, c.key);
    expect(report.signature.status).toBe('valid');
    expect(report.keys.kind).toBe(c.source);
    if (c.encoding) expect(report.signature.encoding).toBe(c.encoding);
    if (c.keyUsed) expect(report.signature.keyUsed).toBe(c.keyUsed);
    const problems = report.keys.candidates.flatMap((k) => k.problems.map((p) => p.code)).filter((p) => p !== 'private-key-given');
    expect(problems).toEqual(c.problems ?? []);
    expect(report.time.status).toBe('valid');
  });

  it.each(fixtures.cases.filter((c) => c.encoding).map((c) => [c.name, c] as const))('%s verifies with its encoding chosen', async (_n, c) => {
    expect((await run(c.token, c.key, c.encoding)).signature.status).toBe('valid');
  });

  it.each(fixtures.rejects.map((c) => [c.name, c] as const))('%s is rejected', async (_name, c) => {
    expect((await run(c.token, c.key)).signature.status).toBe(c.status);
  });

  it('a tampered payload fails for every algorithm', async () => {
    for (const c of fixtures.cases) {
      const [h, , s] = c.token.split('.');
      const forged = `${h}.${Buffer.from('{"sub":"admin"}').toString('base64url')}.${s}`;
      expect((await run(forged, c.key)).signature.status, c.name).toBe('invalid');
    }
  });

  it('private keys are reduced to their public part and flagged', async () => {
    for (const c of fixtures.cases.filter((x) => /private/.test(x.name))) {
      const key = (await run(c.token, c.key)).keys.candidates[0]!;
      expect(key.hadPrivate, c.name).toBe(true);
      expect(key.problems.map((p) => p.code)).toContain('private-key-given');
      expect(JSON.stringify(key.jwk)).not.toMatch(/"d"/);
    }
  });
});
