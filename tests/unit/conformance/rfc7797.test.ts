// RFC 7797 (unencoded payload, "b64": false): the RFC 4.1/4.2 examples and joserfc's extras in
// compact and flattened form, plus the two cookbook files (one written against an early draft).
import { describe, expect, it } from 'vitest';
import { check, readVectors } from './vectors';

interface Case {
  id: string;
  b64: boolean;
  payloadUtf8: string;
  compact: string;
  compactDetached: boolean;
  flattened: object;
  publicJwk: object;
  result: 'valid' | 'invalid';
}
interface Cookbook { input: { payload: string; key: object }; output: { compact?: string; json?: object; json_flat?: object } }

const FILE = 'rfc/rfc7797/rfc7797_examples.json';
const DRAFT = 'rfc/rfc7797/cookbook_4.2.hmac-sha2_b64_false.json';
const COOKBOOK = 'rfc/rfc7797/cookbook_hmac-sha2_b64_false.json';
const cases = readVectors<{ tests: Case[] }>(FILE).tests;

describe('RFC 7797 b64:false', () => {
  it('has 4 examples', () => expect(cases).toHaveLength(4));

  it.each(cases.map((c) => [c.id, c] as const))('%s compact and flattened verify', async (_id, c) => {
    const detached = c.compactDetached ? { payload: c.payloadUtf8 } : {};
    expect((await check(c.compact, c.publicJwk, detached)).signature.status).toBe('valid');
    expect((await check(c.flattened, c.publicJwk)).signature.status).toBe('valid');
  });

  it('4.2 detached compact form is not checked without its payload (issue 16: not "invalid")', async () => {
    const c = cases.find((x) => x.id === 'rfc7797-4.2')!;
    expect((await check(c.compact, c.publicJwk)).signature.status).toBe('no-key');
  });

  it('a b64:false token whose crit omits b64 is never valid', async () => {
    const c = cases.find((x) => x.id === 'rfc7797-4.2')!;
    const flat = c.flattened as { protected: string; payload: string; signature: string };
    const header = JSON.parse(Buffer.from(flat.protected, 'base64url').toString()) as Record<string, unknown>;
    const noCrit = Buffer.from(JSON.stringify({ alg: header.alg, b64: false })).toString('base64url');
    expect((await check({ ...flat, protected: noCrit }, c.publicJwk)).signature.status).toBe('invalid');
  });
});

describe('cookbook rfc7797 files', () => {
  it('the self-consistent cookbook example verifies in every serialization', async () => {
    const ex = readVectors<Cookbook>(COOKBOOK);
    for (const form of ['compact', 'json', 'json_flat'] as const) {
      const token = ex.output[form];
      if (token === undefined) continue;
      const extra = form === 'compact' ? { payload: ex.input.payload } : {};
      expect((await check(token, ex.input.key, extra)).signature.status, form).toBe('valid');
    }
  });

  it('the early-draft example (b64:false without crit) is rejected: b64 must be listed in crit', async () => {
    const ex = readVectors<Cookbook>(DRAFT);
    for (const form of ['json', 'json_flat'] as const) {
      expect((await check(ex.output[form]!, ex.input.key)).signature.status, form).toBe('invalid');
    }
  });
});
