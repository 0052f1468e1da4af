// The Key Binding JWT is inspected as its own token at path `kb` (rules-next "When an SD-JWT is
// presented"): alg-none and iat-stale fire there, with the proof window for iat-stale.
import { describe, expect, it } from 'vitest';
import { b64url, hits, NOW, run } from '../../helpers/mint';
import { BASE, issuerJwk, simple } from '../../helpers/sd-jwt';

const key = issuerJwk();

describe('issue 14: the KB-JWT at path kb', () => {
  it('issue 14: a KB-JWT with alg none is alg-none at path kb, and its status is unsecured', async () => {
    const { token } = simple({ given_name: 'Alice' }, BASE, { kb: {} });
    const cut = token.lastIndexOf('~') + 1;
    const [, payload] = token.slice(cut).split('.');
    const report = await run(`${token.slice(0, cut)}${b64url('{"alg":"none","typ":"kb+jwt"}')}.${payload}.`, { key });
    expect(hits(report, 'alg-none').map((f) => f.path)).toEqual([['kb']]);
    expect(hits(report, 'kb-jwt-header-invalid')).toEqual([]);
    expect(report.sd?.keyBinding?.status).toBe('unsecured');
    expect(report.summary.trusted).toBe(false);
    expect(report.summary.rule).toBe('alg-none');
  });

  it('issue 14: iat-stale fires on a KB-JWT older than the 300 s proof window', async () => {
    const old = await run(simple({ given_name: 'Alice' }, BASE, { kb: { payload: { iat: NOW - 1000 } } }).token, { key });
    expect(hits(old, 'iat-stale').map((f) => f.path)).toEqual([['kb']]);
    const fresh = await run(simple({ given_name: 'Alice' }, BASE, { kb: { payload: { iat: NOW - 100 } } }).token, { key });
    expect(hits(fresh, 'iat-stale')).toEqual([]);
  });

  it('issue 14: a KB-JWT is verified with cnf.jwk even when the Key box holds only the issuer key', async () => {
    const report = await run(simple({ given_name: 'Alice' }, BASE, { kb: {} }).token, { key });
    expect(report.nested.find((n) => n.path.join('/') === 'kb')?.report.signature.status).toBe('valid');
  });
});
