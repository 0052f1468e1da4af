// Issue 14 (rules-next M): RFC 9449's example proof and access token, and OIDC Core's at_hash /
// c_hash examples, through inspect().
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compact, hits, run } from '../../helpers/mint';
import { ath, proof, proofJkt } from '../rules/m-cases';

const dir = resolve(__dirname, '../../../vectors/related');
const dpop = JSON.parse(readFileSync(resolve(dir, 'rfc9449_dpop_examples.json'), 'utf8')) as {
  proof: string; proofIat: number; accessToken: string; jkt: string; otherJkt: string; jwtAccessTokenClaims: Record<string, unknown>;
};
const oidc = JSON.parse(readFileSync(resolve(dir, 'oidc_core_hash_examples.json'), 'utf8')) as {
  idToken: string; code: string; accessToken: string; claims: Record<string, unknown>;
};
/** One second after the proof was made. */
const now = dpop.proofIat + 1;
/** The last character changed (rules-next.md M example). */
const changed = (s: string) => s.slice(0, -1) + (s.endsWith('V') ? 'U' : 'V');
const atJwt = (claims: Record<string, unknown>) => compact({ alg: 'ES256', typ: 'at+jwt' }, claims, 'AAAA');

describe('issue 14: RFC 9449 example proof and access token', () => {
  it('issue 14: the proof verifies with its own jwk and is not "self-verified only"', async () => {
    const report = await run(dpop.proof, { now });
    expect(report.profile.dpop).toBe(true);
    expect(report.signature.status).toBe('valid');
    expect(hits(report, 'self-verified-only')).toEqual([]);
    expect(hits(report, 'sig-not-verified')).toEqual([]);
    for (const rule of ['exp-missing', 'aud-missing', 'iss-missing', 'sub-missing', 'iat-missing', 'jti-missing', 'dpop-header-invalid', 'typ-unexpected']) {
      expect(hits(report, rule), rule).toEqual([]);
    }
  });

  it('issue 14: its access token gives no dpop-ath-mismatch; one character changed gives the error', async () => {
    expect(hits(await run(dpop.proof, { now, related: dpop.accessToken }), 'dpop-ath-mismatch')).toEqual([]);
    expect(hits(await run(dpop.proof, { now, related: `DPoP ${dpop.accessToken}\n` }), 'dpop-ath-mismatch')).toEqual([]);
    const wrong = hits(await run(dpop.proof, { now, related: changed(dpop.accessToken) }), 'dpop-ath-mismatch');
    expect(wrong.map((f) => f.severity)).toEqual(['error']);
    expect(wrong[0]!.at?.part).toBe('payload');
    expect(wrong[0]!.message).not.toContain(changed(dpop.accessToken));
  });

  it('issue 14: either order: the access token as the token and the proof as Related token', async () => {
    expect(hits(await run(dpop.accessToken, { now, related: dpop.proof }), 'dpop-ath-mismatch')).toEqual([]);
    expect(hits(await run(changed(dpop.accessToken), { now, related: dpop.proof }), 'dpop-ath-mismatch')).toHaveLength(1);
  });

  it('issue 14: an opaque access token skips the cnf.jkt check with an info', async () => {
    const report = await run(dpop.proof, { now, related: dpop.accessToken });
    expect(hits(report, 'dpop-jkt-mismatch').map((f) => f.severity)).toEqual(['info']);
  });

  it('issue 14: the §6.1 at+jwt bound with cnf.jkt matches; another thumbprint is the error', async () => {
    const bound = atJwt(dpop.jwtAccessTokenClaims);
    expect(hits(await run(dpop.proof, { now, related: bound }), 'dpop-jkt-mismatch')).toEqual([]);
    const other = atJwt({ ...dpop.jwtAccessTokenClaims, cnf: { jkt: dpop.otherJkt } });
    expect(hits(await run(dpop.proof, { now, related: other }), 'dpop-jkt-mismatch').map((f) => f.severity)).toEqual(['error']);
    expect(hits(await run(other, { now, related: dpop.proof }), 'dpop-jkt-mismatch').map((f) => f.severity)).toEqual(['error']);
  });

  it('issue 14: a changed proof signature is sig-invalid, verified with its own jwk', async () => {
    const sig = dpop.proof.split('.')[2]!;
    const tampered = dpop.proof.replace(sig, changed(sig.slice(0, 40)) + sig.slice(40));
    const report = await run(tampered, { now });
    expect(report.signature.status).toBe('invalid');
    expect(hits(report, 'sig-invalid').map((f) => f.severity)).toEqual(['error']);
  });

  it('issue 14: iat-stale uses the proof window (300 s) for a proof', async () => {
    expect(hits(await run(dpop.proof, { now: dpop.proofIat + 299 }), 'iat-stale')).toEqual([]);
    expect(hits(await run(dpop.proof, { now: dpop.proofIat + 301 }), 'iat-stale').map((f) => f.severity)).toEqual(['warning']);
    expect(hits(await run(dpop.proof, { now: dpop.proofIat + 3600, thresholds: { proofWindow: 7200 } }), 'iat-stale')).toEqual([]);
  });
});

describe('issue 14: OIDC Core at_hash / c_hash examples', () => {
  it('issue 14: the A.4/A.6 id_token c_hash matches its code; another value is the error', async () => {
    expect(hits(await run(oidc.idToken, { related: oidc.code }), 'idt-token-hash')).toEqual([]);
    const wrong = hits(await run(oidc.idToken, { related: changed(oidc.code) }), 'idt-token-hash');
    expect(wrong.map((f) => f.severity)).toEqual(['error']);
  });

  it('issue 14: the A.6 claims (at_hash and c_hash) match the access token and the code', async () => {
    const token = compact({ alg: 'RS256' }, oidc.claims, 'AAAA');
    expect(hits(await run(token, { related: oidc.accessToken }), 'idt-token-hash')).toEqual([]);
    expect(hits(await run(token, { related: `Bearer ${oidc.accessToken}` }), 'idt-token-hash')).toEqual([]);
    expect(hits(await run(token, { related: oidc.code }), 'idt-token-hash')).toEqual([]);
    expect(hits(await run(token, { related: changed(oidc.accessToken) }), 'idt-token-hash')).toHaveLength(1);
  });
});

describe('issue 14: the verdict of a DPoP proof', () => {
  it('issue 14: alone: valid with its own key, not yet trusted', async () => {
    const { summary, related } = await run(dpop.proof, { now });
    expect(summary).toMatchObject({ status: 'valid', trusted: false, tone: 'neutral' });
    expect(related).toBeUndefined();
  });

  it('issue 14: with its access token: bound, trusted', async () => {
    const report = await run(dpop.proof, { now, related: dpop.accessToken });
    expect(report.related).toEqual({ pair: 'dpop', bound: true });
    expect(report.summary).toMatchObject({ status: 'valid', trusted: true, tone: 'good' });
    // A JWT access token bound to the proof's key, with the proof's ath over it.
    const bound = atJwt({ sub: 'u1', cnf: { jkt: proofJkt() } });
    const own = await run(proof({}, { ath: ath(bound) }), { related: bound });
    expect(own.related).toEqual({ pair: 'dpop', bound: true });
    expect(own.summary).toMatchObject({ status: 'valid', trusted: true, tone: 'good' });
  });

  it('issue 14: with another access token: not bound, the rule named', async () => {
    const report = await run(dpop.proof, { now, related: changed(dpop.accessToken) });
    expect(report.related).toEqual({ pair: 'dpop', bound: false });
    expect(report.summary).toMatchObject({ status: 'valid', trusted: false, tone: 'bad', rule: 'dpop-ath-mismatch' });
    const unbound = atJwt({ sub: 'u1' });
    const bearer = await run(proof({}, { ath: ath(unbound) }), { related: unbound });
    expect(bearer.summary).toMatchObject({ trusted: false, tone: 'warn', rule: 'dpop-jkt-mismatch' });
  });

  it('issue 14: an ID token with its access token: pair id-token, bound or not', async () => {
    const token = compact({ alg: 'RS256' }, oidc.claims, 'AAAA');
    expect((await run(token, { related: oidc.accessToken })).related).toEqual({ pair: 'id-token', bound: true });
    expect((await run(token, { related: changed(oidc.accessToken) })).related).toEqual({ pair: 'id-token', bound: false });
  });
});

describe('issue 14: existing rules on DPoP proofs', () => {
  it('issue 14: a DPoP prefix is stripped and reported as input-auth-scheme-prefix', async () => {
    for (const prefix of ['DPoP ', 'DPoP: ']) {
      const report = await run(`${prefix}${dpop.proof}`, { now });
      expect(report.signature.status).toBe('valid');
      expect(hits(report, 'input-auth-scheme-prefix').map((f) => f.severity)).toEqual(['info']);
    }
  });

  it('issue 14: alg none on a proof is alg-none, not dpop-header-invalid', async () => {
    const [h, p] = dpop.proof.split('.');
    const header = { ...(JSON.parse(Buffer.from(h!, 'base64url').toString()) as Record<string, unknown>), alg: 'none' };
    const report = await run(`${Buffer.from(JSON.stringify(header)).toString('base64url')}.${p}.`, { now });
    expect(report.profile.dpop).toBe(true);
    expect(hits(report, 'alg-none').map((f) => f.severity)).toEqual(['error']);
    expect(hits(report, 'dpop-header-invalid')).toEqual([]);
  });

  it('issue 14: a proof key off its curve is ec-public-key-invalid', async () => {
    const [h, p, s] = dpop.proof.split('.');
    const header = JSON.parse(Buffer.from(h!, 'base64url').toString()) as { jwk: Record<string, string> };
    header.jwk.y = header.jwk.x!;
    const report = await run(`${Buffer.from(JSON.stringify(header)).toString('base64url')}.${p}.${s}`, { now });
    expect(hits(report, 'ec-public-key-invalid').map((f) => f.severity)).toEqual(['error']);
  });
});
