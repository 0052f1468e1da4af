// Issue 16, "Every verdict true on tokens we did not write": signature verdicts on padded tokens
// (AWS ALB, golang-jwt's tests), several signatures, a single JWK with another kid, and detached
// payloads. Statuses, rule ids and structured fields only; messages are prose.
import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { b64url, hits, run } from '../../helpers/mint';
import { readVectors } from '../../conformance/vectors';

// Real padded tokens and their public keys from golang-jwt's parser tests (MIT); the file names
// its source commit and licence.
const padded = JSON.parse(readFileSync(new URL('../../../fixtures/golang-jwt-padded.json', import.meta.url), 'utf8')) as {
  cases: { name: string; token: string; key: string }[];
};

const ecA = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const ecB = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const jwkOf = (pair: typeof ecA, extra: Record<string, unknown> = {}) => JSON.stringify({ ...pair.publicKey.export({ format: 'jwk' }), ...extra });
const es256 = (pair: typeof ecA, input: string) => b64url(sign('sha256', Buffer.from(input), { key: pair.privateKey, dsaEncoding: 'ieee-p1363' }));
const std = (text: string) => Buffer.from(text).toString('base64');
const payload = { sub: 'u1', iat: 1767225600 };

/** A compact ES256 token signed over `header.payload` exactly as given. */
function compactOver(header: string, body: string, pair = ecA): string {
  return `${header}.${body}.${es256(pair, `${header}.${body}`)}`;
}

describe('issue 16: padded or standard-alphabet segments', () => {
  it.each(padded.cases.map((c) => [c.name, c] as const))('issue 16: padded segments verify and are not called invalid (golang-jwt: %s)', async (_name, c) => {
    const report = await run(c.token, { key: c.key });
    expect(report.signature.status).toBe('valid');
    expect(report.signature.candidates.map((k) => k.outcome)).toEqual(['verified']);
    expect(report.signature.reason).toBeTruthy(); // a valid verdict that says strict libraries refuse it
    expect(hits(report, 'b64-padding').length).toBeGreaterThan(0);
    expect(hits(report, 'sig-invalid')).toEqual([]);
  });

  it('issue 16: standard-alphabet and padded segments the signer produced verify', async () => {
    const header = std(JSON.stringify({ alg: 'ES256', typ: 'JWT' }));
    const body = std(JSON.stringify({ ...payload, note: 'x<<???>>' }));
    expect(/[+/].*=$/.test(body)).toBe(true); // the case is what it claims
    const report = await run(compactOver(header, body), { key: jwkOf(ecA) });
    expect(report.signature.status).toBe('valid');
    expect(report.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['b64-padding', 'b64-std-alphabet']));
  });

  it('issue 16: a token padded after signing stays invalid', async () => {
    const header = b64url(JSON.stringify({ alg: 'ES256' }));
    const body = b64url(JSON.stringify(payload));
    expect(body.length % 4).not.toBe(0);
    const [h, p, s] = compactOver(header, body).split('.');
    const report = await run(`${h}.${p}${'='.repeat(4 - (p!.length % 4))}.${s}`, { key: jwkOf(ecA) });
    expect(report.signature.status).toBe('invalid');
    expect(hits(report, 'b64-padding').length).toBeGreaterThan(0);
  });

  it('issue 16: padding does not excuse whitespace inside a segment', async () => {
    const header = std(JSON.stringify({ alg: 'ES256' }));
    const body = `${b64url(JSON.stringify(payload)).slice(0, 8)}\n${b64url(JSON.stringify(payload)).slice(8)}`;
    const report = await run(compactOver(header, body), { key: jwkOf(ecA) });
    expect(report.signature.status).toBe('invalid');
  });
});

/** A general JSON serialization with one ES256 signature per [pair, header]. */
function general(signers: [typeof ecA, Record<string, unknown>][]): string {
  const body = b64url(JSON.stringify(payload));
  const signatures = signers.map(([pair, header]) => {
    const protectedHeader = b64url(JSON.stringify(header));
    return { protected: protectedHeader, signature: es256(pair, `${protectedHeader}.${body}`) };
  });
  return JSON.stringify({ payload: body, signatures });
}

interface Cookbook {
  input: { key: Record<string, unknown>[] };
  output: { json: object };
}
const COOKBOOK = 'rfc7520/jws/4_8.multiple_signatures.json';

describe('issue 16: general JSON serialization with several signatures', () => {
  it('issue 16: several signatures and one matching key is valid, with each signature\'s own verdict', async () => {
    const token = general([[ecA, { alg: 'ES256', kid: 'a' }], [ecB, { alg: 'ES256', kid: 'b' }]]);
    for (const key of [jwkOf(ecA, { kid: 'a' }), JSON.stringify({ keys: [JSON.parse(jwkOf(ecA, { kid: 'a' }))] })]) {
      const report = await run(token, { key });
      expect(report.signature.status).toBe('valid');
      expect(report.signature.perSignature?.map((s) => [s.index, s.status, s.kid])).toEqual([
        [0, 'valid', 'a'],
        [1, 'key-mismatch', 'b'],
      ]);
    }
  });

  it('issue 16: several signatures are invalid when a usable key fails on one of them', async () => {
    const token = JSON.parse(general([[ecA, { alg: 'ES256', kid: 'a' }], [ecB, { alg: 'ES256', kid: 'b' }]])) as { signatures: { signature: string }[] };
    token.signatures[1]!.signature = es256(ecA, 'something else');
    const keys = JSON.stringify({ keys: [JSON.parse(jwkOf(ecA, { kid: 'a' })), JSON.parse(jwkOf(ecB, { kid: 'b' }))] });
    const report = await run(JSON.stringify(token), { key: keys });
    expect(report.signature.status).toBe('invalid');
    expect(report.signature.perSignature?.map((s) => s.status)).toEqual(['valid', 'invalid']);
  });

  it('issue 16: RFC 7520 §4.8 verifies with any one of its keys', async () => {
    const ex = readVectors<Cookbook>(COOKBOOK);
    const expected = [
      ['valid', 'key-mismatch', 'key-mismatch'],
      ['key-mismatch', 'valid', 'key-mismatch'],
      ['key-mismatch', 'key-mismatch', 'valid'],
    ];
    for (const [i, key] of ex.input.key.entries()) {
      const report = await run(JSON.stringify(ex.output.json), { key: JSON.stringify(key) });
      expect(report.signature.status, `key ${i}`).toBe('valid');
      expect(report.signature.perSignature?.map((s) => s.status), `key ${i}`).toEqual(expected[i]);
      expect(report.signature.perSignature?.map((s) => s.index)).toEqual([0, 1, 2]);
    }
  });
});

describe('issue 16: a single JWK whose kid is not the token\'s', () => {
  const token = (kid: string) => compactOver(b64url(JSON.stringify({ alg: 'ES256', kid })), b64url(JSON.stringify(payload)));

  it('issue 16: a single JWK with another kid is tried and verifies', async () => {
    const report = await run(token('signer-2026'), { key: jwkOf(ecA, { kid: 'published-name' }) });
    expect(report.signature.status).toBe('valid');
    expect(report.signature.candidates.map((c) => [c.outcome, c.kid])).toEqual([['verified', 'published-name']]);
    expect(report.signature.reason).toBeTruthy(); // says the kid differs
  });

  it('issue 16: a single wrong JWK with another kid is a key mismatch, not a forgery', async () => {
    const report = await run(token('signer-2026'), { key: jwkOf(ecB, { kid: 'published-name' }) });
    expect(report.signature.status).toBe('key-mismatch');
    expect(report.signature.candidates.map((c) => c.outcome)).toEqual(['failed']);
  });

  it('issue 16: in a JWK Set the kid still selects, and a missing kid is reported', async () => {
    const set = JSON.stringify({ keys: [JSON.parse(jwkOf(ecA, { kid: 'published-name' }))] });
    const report = await run(token('signer-2026'), { key: set });
    expect(report.signature.status).toBe('key-mismatch');
    expect(hits(report, 'jwks-kid-not-found').length).toBe(1);
  });
});

describe('issue 16: detached payload (RFC 7515 App. F, RFC 7797)', () => {
  const secret = 'a-long-random-looking-secret-for-detached-tests-0123456789';
  const header = b64url(JSON.stringify({ alg: 'HS256' }));
  const content = JSON.stringify(payload);
  const mac = b64url(createHmac('sha256', secret).update(`${header}.${b64url(content)}`).digest());
  const detached = `${header}..${mac}`;

  it('issue 16: a detached payload that was not supplied is not called invalid', async () => {
    const report = await run(detached, { key: secret });
    expect(report.signature.status).toBe('no-key');
    expect(report.signature.candidates.map((c) => c.outcome)).toEqual(['skipped']);
    expect(hits(report, 'sig-invalid')).toEqual([]);
    expect(hits(report, 'sig-not-verified').length).toBe(1);
  });

  it('issue 16: a detached payload verifies once supplied, and a wrong one is invalid', async () => {
    expect((await run(detached, { key: secret, payload: content })).signature.status).toBe('valid');
    expect((await run(detached, { key: secret, payload: `${content} ` })).signature.status).toBe('invalid');
  });

  it('issue 16: a token that really signs an empty payload still verifies without one', async () => {
    const empty = `${header}..${b64url(createHmac('sha256', secret).update(`${header}.`).digest())}`;
    expect((await run(empty, { key: secret })).signature.status).toBe('valid');
  });
});
