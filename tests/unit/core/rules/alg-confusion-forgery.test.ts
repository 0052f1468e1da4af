import { execFileSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { b64url, hits, rsaKeys, rsaPublicPem, run } from '../../helpers/mint';
import { type Case, GOOD, HAS_OPENSSL, hs, jwk, jwks, mainJwk, pair, pem, rs, ruleSuite, selfSigned, STRONG } from './de-cases';

const RULE = 'alg-confusion-forgery';

/** An HS* token whose HMAC key is `secret` (the bytes of some public-key serialization). */
function forged(secret: string | Uint8Array, header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT' }, payload = { sub: 'admin' }): string {
  const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`;
  const bits = String(header.alg).slice(2);
  return `${input}.${b64url(createHmac(`sha${bits}`, secret).update(input).digest())}`;
}

const spkiPem = rsaPublicPem();
const pkcs1Pem = rsaKeys().publicKey.export({ type: 'pkcs1', format: 'pem' }).toString();
const der = rsaKeys().publicKey.export({ type: 'spki', format: 'der' });
const ecJwk = jwk(pair('p256').publicKey);

const cases: Case[] = [
  { name: 'catalogue example: HMAC keyed with the SPKI PEM incl. final newline', token: forged(spkiPem), key: spkiPem, expected: 'error' },
  { name: 'PEM without the final newline', token: forged(spkiPem.trimEnd()), key: spkiPem, expected: 'error' },
  { name: 'PEM with CRLF line ends', token: forged(spkiPem.replace(/\n/g, '\r\n')), key: spkiPem, expected: 'error' },
  { name: 'PKCS#1 PEM while the SPKI was pasted', token: forged(pkcs1Pem), key: spkiPem, expected: 'error' },
  { name: 'SPKI DER', token: forged(der), key: spkiPem, expected: 'error' },
  { name: 'HS512 with the JWK JSON of a JWK Set key', token: forged(JSON.stringify(mainJwk({ kid: 'k1' })), { alg: 'HS512', kid: 'k1' }), key: jwks(mainJwk({ kid: 'k1' })), expected: 'error' },
  { name: 'HS384 with an EC key PEM', token: forged(pem(pair('p256').publicKey), { alg: 'HS384' }), key: pem(pair('p256').publicKey), expected: 'error' },
  {
    name: 'HMAC keyed with the JWK exactly as pasted (own spacing and member order)',
    token: forged(`{ "n": "${String(mainJwk({}).n)}",\n  "e": "AQAB", "kty": "RSA" }\n`),
    key: `{ "n": "${String(mainJwk({}).n)}",\n  "e": "AQAB", "kty": "RSA" }\n`,
    expected: 'error',
  },
  {
    name: 'the token’s own jwk, keyed with its exact JSON text (no key supplied)',
    token: forged(JSON.stringify(ecJwk), { alg: 'HS256', jwk: ecJwk }),
    expected: 'error',
  },
  { name: 'HS256 signed with an honest secret, RSA key pasted', token: hs(), key: spkiPem, expected: undefined },
  { name: 'HS256 with its secret', token: hs(), key: STRONG, expected: undefined },
  { name: 'RS256 with its key', token: rs(), key: spkiPem, expected: undefined },
  { name: 'HS256 keyed with the PEM, no key supplied and none embedded', token: forged(spkiPem), expected: undefined },
];

describe(RULE, () => {
  ruleSuite(RULE, cases);

  it.skipIf(!existsSync('/usr/bin/ssh-keygen'))('finds a token keyed with an OpenSSH line pasted as the key (CVE-2024-33663 shape)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'jwt-')), 'pub.pem');
    writeFileSync(file, pem(pair('p256').publicKey));
    const line = execFileSync('ssh-keygen', ['-i', '-m', 'PKCS8', '-f', file]).toString().trim();
    for (const [secret, key] of [[line, line], [pem(pair('p256').publicKey), line], [line, pem(pair('p256').publicKey)]]) {
      const report = await run(forged(secret!), { key: key! });
      expect(hits(report, RULE).map((f) => f.severity)).toEqual(['error']);
      expect(hits(report, 'key-alg-mismatch').map((f) => f.severity)).toEqual(['error']);
    }
  });

  it.skipIf(!HAS_OPENSSL)('finds a token keyed with the public key of a pasted certificate, or with the certificate PEM', async () => {
    const cert = selfSigned(rsaKeys().privateKey);
    const certPem = `-----BEGIN CERTIFICATE-----\n${cert.toString('base64').replace(/.{64}(?=.)/g, '$&\n')}\n-----END CERTIFICATE-----\n`;
    for (const secret of [spkiPem, certPem, certPem.trimEnd()]) {
      const report = await run(forged(secret), { key: certPem });
      expect(hits(report, RULE).map((f) => f.severity)).toEqual(['error']);
    }
  });

  it.skipIf(!HAS_OPENSSL)('finds a token keyed with the token’s own x5c certificate PEM', async () => {
    const cert = selfSigned(pair('p256').privateKey);
    const certPem = `-----BEGIN CERTIFICATE-----\n${cert.toString('base64').replace(/.{64}(?=.)/g, '$&\n')}\n-----END CERTIFICATE-----\n`;
    const token = forged(certPem, { alg: 'HS256', x5c: [cert.toString('base64')] }, GOOD);
    const report = await run(token);
    expect(hits(report, RULE).map((f) => f.severity)).toEqual(['error']);
  });
});
