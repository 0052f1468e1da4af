import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hits, lintKey, rfc7515A3, rfc7517Keys, severityOf } from '../../helpers/key-alone';
import { run } from '../../helpers/mint';
import { toB64url } from '../../helpers/rsa-moduli';
import { expectQuietOnCleanAndGarbage, pair, pem, rs } from './de-cases';

const RULE = 'key-private-inconsistent';
const [ecA2, rsaA2] = rfc7517Keys('A.2');
const int = (b64: unknown) => BigInt(`0x${Buffer.from(String(b64), 'base64url').toString('hex')}`);
/** The RFC 7517 A.2 RSA key with one member replaced by another number. */
const rsaWith = (name: string, f: (v: bigint) => bigint) => ({ ...rsaA2, [name]: toB64url(f(int(rsaA2![name]))) });
// RFC 8037 A.1 (Ed25519) and A.6 (X25519 public key of another pair).
const ed = { kty: 'OKP', crv: 'Ed25519', d: 'nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' };

describe(RULE, () => {
  it('issue 12: the RFC 7515 A.3 EC key with the RFC 7517 A.2 EC d → error', async () => {
    const report = await lintKey({ ...rfc7515A3(), d: '870MB6gfuTJ4HtUnUvYMyJpr5eUZNP4Bk43bVdj3eAE' });
    expect(severityOf(report, RULE)).toBe('error');
    expect(report.summary.tone).toBe('bad');
  });

  it('issue 12: the same key with a token → error', async () => {
    expect(severityOf(await run(rs(), { key: JSON.stringify({ ...rfc7515A3(), d: ecA2!.d }) }), RULE)).toBe('error');
  });

  it.each([
    ['n is not p·q', 'n', (v: bigint) => v + 2n],
    ['d does not invert e', 'd', (v: bigint) => v + 2n],
    ['dp is not d mod (p−1) (the CRT fault that leaks a factor)', 'dp', (v: bigint) => v + 1n],
    ['dq is not d mod (q−1)', 'dq', (v: bigint) => v + 1n],
    ['qi is not q⁻¹ mod p', 'qi', (v: bigint) => v + 1n],
  ])('RFC 7517 A.2 RSA key where %s → error', async (_name, member, f) => {
    expect(severityOf(await lintKey(rsaWith(member, f)), RULE)).toBe('error');
  });

  it('an RSA key given by d alone: (2^e)^d ≢ 2 mod n → error; the right d → nothing', async () => {
    const { p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...dOnly } = rsaA2!;
    expect(hits(await lintKey(dOnly), RULE)).toEqual([]);
    expect(severityOf(await lintKey({ ...dOnly, d: toB64url(int(dOnly.d) + 2n) }), RULE)).toBe('error');
  });

  it('an Ed25519 d with another key\'s x → error', async () => {
    expect(severityOf(await lintKey({ ...ed, x: 'hSDwCYkwp1R0i33ctD73Wg2_Og0mOBr066SpjqqbTmo' }), RULE)).toBe('error');
  });

  it('an ML-DSA-44 (AKP) key whose pub is not the one its priv seed gives → error; the RFC 9964 all-zero-seed key → nothing', async () => {
    const { jwk } = JSON.parse(readFileSync(resolve(__dirname, '../../../vectors/rfc/rfc9964/cose-wg_ML_DSA_44.jose.json'), 'utf8'));
    const zeroSeed = { ...jwk, priv: Buffer.alloc(32).toString('base64url') };
    expect(hits(await lintKey(zeroSeed), RULE)).toEqual([]);
    expect(severityOf(await lintKey({ ...zeroSeed, priv: Buffer.alloc(32, 1).toString('base64url') }), RULE)).toBe('error');
  });

  it('a PEM private key pasted with another key\'s public key → error; with its own → nothing', async () => {
    const mine = pair('p256');
    const other = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const privatePem = mine.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(severityOf(await lintKey(`${privatePem}\n${pem(other.publicKey)}`), RULE)).toBe('error');
    expect(hits(await lintKey(`${privatePem}\n${pem(mine.publicKey)}`), RULE)).toEqual([]);
  });

  it('consistent private keys → nothing (RFC 7517 A.2 set, RFC 7515 A.3, RFC 8037 A.1, a PKCS#1 PEM)', async () => {
    const pkcs1 = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    for (const key of [JSON.stringify({ keys: [ecA2, rsaA2] }), JSON.stringify(rfc7515A3()), JSON.stringify(ed), pkcs1]) {
      expect(hits(await lintKey(key), RULE)).toEqual([]);
    }
  });

  it('stays quiet on a clean token with its key, and on garbage', () => expectQuietOnCleanAndGarbage(RULE));
});
