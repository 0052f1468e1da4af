// RFC 7519 §3.1 (example JWT, HS256) and §6.1 (unsecured JWT).
import { describe, expect, it } from 'vitest';
import { check, readVectors } from './vectors';

interface Case { id: string; jwt: string; result: 'valid' | 'invalid'; publicJwk?: object }

const FILE = 'rfc/rfc7519_examples.json';
const cases = readVectors<{ tests: Case[] }>(FILE).tests;

describe('RFC 7519 examples', () => {
  it('has both examples', () => expect(cases).toHaveLength(2));

  it('3.1 verifies (signature and claims are separate verdicts)', async () => {
    const c = cases.find((x) => x.id === 'rfc7519-3.1')!;
    const report = await check(c.jwt, c.publicJwk);
    expect(report.signature.status).toBe('valid');
    expect(report.signature.alg).toBe('HS256');
  });

  it('6.1 is unsecured, never valid, even with a key given', async () => {
    const c = cases.find((x) => x.id === 'rfc7519-6.1')!;
    expect((await check(c.jwt, c.publicJwk)).signature.status).toBe('unsecured');
    expect((await check(c.jwt, undefined as unknown as string)).signature.status).toBe('unsecured');
  });
});
