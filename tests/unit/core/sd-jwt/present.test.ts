// Issue 14: presenting fewer Disclosures. With the Holder's private key in the Key box the Key
// Binding JWT is re-made over the new presentation (new sd_hash, iat = the clock given, aud and
// nonce kept); without it the old KB-JWT stays and no longer matches (kb-sd-hash-mismatch).
import { describe, expect, it } from 'vitest';
import { presentSdJwt } from '../../../../src/core/index';
import { hits, NOW, run } from '../../helpers/mint';
import { BASE, holderPrivateJwk, issuerJwk, issuerPrivateJwk, simple } from '../../helpers/sd-jwt';

const key = issuerJwk();
const kbClaims = (token: string) => JSON.parse(Buffer.from(token.slice(token.lastIndexOf('~') + 1).split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;

describe('issue 14: presentSdJwt', () => {
  it('issue 14: leaving out a Disclosure with the Holder key in the Key box re-makes the key binding', async () => {
    const { token } = simple({ given_name: 'Alice', email: 'a@example.com' }, BASE, { kb: { payload: { iat: NOW - 500 } } });
    const result = await presentSdJwt({ token, leaveOut: [0], key: `${key}\n${holderPrivateJwk()}`, now: NOW + 7 });
    expect(result).toMatchObject({ ok: true, keyBinding: 'remade' });
    if (!result.ok) return;
    const report = await run(result.token, { key });
    expect(report.sd?.disclosures).toHaveLength(1);
    expect(report.sd?.keyBinding).toEqual({ status: 'valid', sdHashMatches: true });
    expect(hits(report, 'kb-sd-hash-mismatch')).toEqual([]);
    const before = kbClaims(token);
    const after = kbClaims(result.token);
    expect(after).toEqual({ ...before, iat: NOW + 7, sd_hash: after['sd_hash'] });
    expect(after['sd_hash']).not.toBe(before['sd_hash']);
    expect(Object.keys(after)).toEqual(Object.keys(before));
  });

  it('issue 14: the Holder key alone in the Key box also re-makes it', async () => {
    const { token } = simple({ given_name: 'Alice', email: 'a@example.com' }, BASE, { kb: {} });
    const result = await presentSdJwt({ token, leaveOut: [1], key: holderPrivateJwk(), now: NOW });
    expect(result).toMatchObject({ ok: true, keyBinding: 'remade' });
  });

  it('issue 14: without the Holder private key the old key binding is kept and no longer matches', async () => {
    const { token } = simple({ given_name: 'Alice', email: 'a@example.com' }, BASE, { kb: {} });
    for (const box of [key, issuerPrivateJwk(), '']) {
      const result = await presentSdJwt({ token, leaveOut: [0], key: box, now: NOW });
      expect(result).toMatchObject({ ok: true, keyBinding: 'kept' });
      if (!result.ok) return;
      expect(result.reason).toBeTruthy();
      expect(result.token.slice(result.token.lastIndexOf('~'))).toBe(token.slice(token.lastIndexOf('~')));
      const report = await run(result.token, { key });
      expect(report.sd?.keyBinding?.sdHashMatches).toBe(false);
      expect(hits(report, 'kb-sd-hash-mismatch')).toHaveLength(1);
    }
  });

  it('issue 14: an SD-JWT without a key binding JWT is shortened, nothing signed', async () => {
    const { token, disclosures } = simple({ given_name: 'Alice', email: 'a@example.com' }, BASE, { cnf: true });
    const result = await presentSdJwt({ token, leaveOut: [1], key: holderPrivateJwk(), now: NOW });
    expect(result).toEqual({ ok: true, keyBinding: 'none', token: token.replace(`${disclosures[1]!.text}~`, '') });
  });

  it('issue 14: a token that is not an SD-JWT is an error value', async () => {
    expect(await presentSdJwt({ token: 'a.b.c', leaveOut: [0], now: NOW })).toMatchObject({ ok: false, error: { code: 'not-sd-jwt' } });
  });
});
