// Verdict statuses and what each candidate key was used for, through inspect(). Messages are
// prose and not asserted; statuses, encodings, outcomes and labels are.
import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/core/parse/extract';
import { parseToken } from '../../../../src/core/parse/token';
import { verifyEmbedded } from '../../../../src/core/verify/index';
import { b64url, compact, hmacToken, run } from '../../helpers/mint';

const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const ecJwk = ec.publicKey.export({ format: 'jwk' });
const payload = { sub: 'u1', iat: 1767225600 };

function es256(header: Record<string, unknown>, der = false): string {
  const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`;
  const sig = sign('sha256', Buffer.from(input), { key: ec.privateKey, dsaEncoding: der ? 'der' : 'ieee-p1363' });
  return `${input}.${b64url(sig)}`;
}

describe('verdicts', () => {
  it('no key → no-key; unreadable key → no-key with the parse error as reason', async () => {
    const token = hmacToken({ alg: 'HS256' }, payload);
    expect((await run(token)).signature.status).toBe('no-key');
    const bad = await run(token, { key: '{"kty":"RSA"}' });
    expect(bad.signature.status).toBe('no-key');
    expect(bad.signature.reason).toBe(bad.keys.error);
  });

  it('unknown or mis-cased alg → unsupported; none in any casing → unsecured', async () => {
    expect((await run(compact({ alg: 'hs256' }, payload, 'AAAA'), { key: 'k' })).signature.status).toBe('unsupported');
    expect((await run(compact({ alg: 'HS1' }, payload, 'AAAA'), { key: 'k' })).signature.status).toBe('unsupported');
    for (const alg of ['none', 'None', 'NONE', 'nOnE']) {
      expect((await run(compact({ alg }, payload), { key: 'k' })).signature.status).toBe('unsecured');
    }
  });

  it('says which reading of a secret verified, and hints when a fixed encoding is wrong', async () => {
    const secret = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
    const token = hmacToken({ alg: 'HS256' }, payload, secret);
    const auto = await run(token, { key: secret.toString('base64') });
    expect(auto.signature.status).toBe('valid');
    expect(auto.signature.encoding).toBe('base64');
    const utf8 = await run(token, { key: secret.toString('base64'), secretEncoding: 'utf8' });
    expect(utf8.signature.status).toBe('invalid');
    expect(utf8.signature.reason).toContain('base64');
  });

  it('an empty HMAC key (oct JWK with k "") still computes', async () => {
    const token = hmacToken({ alg: 'HS256' }, payload, '');
    expect((await run(token, { key: '{"kty":"oct","k":""}' })).signature.status).toBe('valid');
  });

  it('a DER-encoded ECDSA signature is invalid, with a length reason', async () => {
    const report = await run(es256({ alg: 'ES256' }, true), { key: JSON.stringify(ecJwk) });
    expect(report.signature.status).toBe('invalid');
    expect(report.signature.reason).toMatch(/DER/);
  });

  it('key selection by kid explains every key', async () => {
    const other = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'jwk' });
    const set = JSON.stringify({ keys: [{ ...other, kid: 'k2' }, { ...ecJwk, kid: 'k1' }, { kty: 'RSA', n: 'AQAB', e: 'AQAB', kid: 'k3' }] });
    const ok = await run(es256({ alg: 'ES256', kid: 'k1' }), { key: set });
    expect(ok.signature.status).toBe('valid');
    expect(ok.signature.keyUsed).toBe('kid "k1"');
    expect(ok.signature.candidates.map((c) => c.outcome)).toEqual(['skipped', 'verified', 'skipped']);
    const missing = await run(es256({ alg: 'ES256', kid: 'zz' }), { key: set });
    expect(missing.signature.status).toBe('key-mismatch');
    expect(missing.signature.reason).toContain('kid "k1"'); // says which key would have verified
  });

  it('no kid and several keys: tries each suitable one and names the one that verified', async () => {
    const other = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'jwk' });
    const report = await run(es256({ alg: 'ES256' }), { key: JSON.stringify({ keys: [other, ecJwk] }) });
    expect(report.signature.status).toBe('valid');
    expect(report.signature.keyUsed).toBe('key #2 in the set');
    expect(report.signature.candidates.map((c) => c.outcome)).toEqual(['failed', 'verified']);
  });

  it.each<[Record<string, unknown>, string]>([
    [{ alg: 'ES256', crit: ['exp'], exp: 1 }, 'unknown extension'],
    [{ alg: 'ES256', crit: [] }, 'empty crit'],
    [{ alg: 'ES256', crit: 'b64' }, 'crit not an array'],
    [{ alg: 'ES256', crit: ['b64'] }, 'crit names a missing member'],
    [{ alg: 'ES256', crit: ['alg'] }, 'crit names a registered header'],
    [{ alg: 'ES256', b64: true }, 'b64 without crit'],
  ])('never valid with %j (%s), although the signature matches', async (header) => {
    const report = await run(es256(header), { key: JSON.stringify(ecJwk) });
    expect(report.signature.status).toBe('invalid');
    expect(report.signature.candidates.map((c) => c.outcome)).toEqual(['verified']);
  });

  it('whitespace inside a segment makes a matching signature invalid', async () => {
    const token = es256({ alg: 'ES256' });
    const wrapped = `${token.slice(0, 10)}\n${token.slice(10)}`;
    expect((await run(token, { key: JSON.stringify(ecJwk) })).signature.status).toBe('valid');
    expect((await run(wrapped, { key: JSON.stringify(ecJwk) })).signature.status).toBe('invalid');
  });

  it('verifyEmbedded checks the header jwk (self-signed tokens)', async () => {
    const attacker = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const header = { alg: 'ES256', jwk: attacker.publicKey.export({ format: 'jwk' }) };
    const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`;
    const sig = sign('sha256', Buffer.from(input), { key: attacker.privateKey, dsaEncoding: 'ieee-p1363' });
    const token = parseToken(extract(`${input}.${b64url(sig)}`));
    expect((await verifyEmbedded(token))?.status).toBe('valid');
    expect((await verifyEmbedded(parseToken(extract(es256({ alg: 'ES256' })))))).toBeUndefined();
    // The user's key does not verify the attacker's token.
    expect((await run(`${input}.${b64url(sig)}`, { key: JSON.stringify(ecJwk) })).signature.status).toBe('invalid');
  });
});
