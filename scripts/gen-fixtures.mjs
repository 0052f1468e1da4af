#!/usr/bin/env node
// Interop fixtures: tokens signed by other implementations (Node's crypto and the openssl CLI),
// each with the key in the format a user would paste. Keys are generated on each run and RSA-PSS,
// ECDSA and openssl signatures are randomised, so the output is committed and the tests read it:
// tests/fixtures/interop.json. Times are fixed (iat 2026-01-01T00:00:00Z, exp +10 min).
//
//   node scripts/gen-fixtures.mjs            (writes tests/fixtures/interop.json)
import { execFileSync } from 'node:child_process';
import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(root, 'tests/fixtures/interop.json');
const IAT = 1767225600;
const claims = { iss: 'https://issuer.example', sub: 'user-1', aud: 'api', iat: IAT, exp: IAT + 600 };
const b64u = (buf) => Buffer.from(buf).toString('base64url');
const work = mkdtempSync(join(tmpdir(), 'jwt-fixtures-'));

function input(header) {
  return `${b64u(JSON.stringify(header))}.${b64u(JSON.stringify(claims))}`;
}
const HASH = { 256: 'sha256', 384: 'sha384', 512: 'sha512' };

/** A compact JWS signed with Node's crypto. */
function jws(alg, privateKey, extra = {}) {
  const header = { alg, typ: 'JWT', ...extra };
  const data = input(header);
  const bits = alg.slice(-3);
  let sig;
  if (alg.startsWith('HS')) sig = createHmac(HASH[bits], privateKey).update(data).digest();
  else if (alg.startsWith('RS')) sig = sign(HASH[bits], Buffer.from(data), privateKey);
  else if (alg.startsWith('PS')) {
    sig = sign(HASH[bits], Buffer.from(data), { key: privateKey, padding: 6, saltLength: Number(bits) / 8 });
  } else if (alg === 'ES256K') sig = sign('sha256', Buffer.from(data), { key: privateKey, dsaEncoding: 'ieee-p1363' });
  else if (alg.startsWith('ES')) sig = sign(HASH[bits], Buffer.from(data), { key: privateKey, dsaEncoding: 'ieee-p1363' });
  else sig = sign(null, Buffer.from(data), privateKey); // EdDSA / Ed25519 / Ed448
  return `${data}.${b64u(sig)}`;
}

function openssl(...args) {
  return execFileSync('openssl', args, { cwd: work, stdio: ['pipe', 'pipe', 'pipe'] });
}

const pem = (key, type) => key.export({ type, format: 'pem' }).toString();
const der64 = (key, type) => key.export({ type, format: 'der' }).toString('base64');
const jwk = (key, extra = {}) => ({ ...key.export({ format: 'jwk' }), ...extra });

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const rsa1024 = generateKeyPairSync('rsa', { modulusLength: 1024 });
const p256 = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const p384 = generateKeyPairSync('ec', { namedCurve: 'P-384' });
const p521 = generateKeyPairSync('ec', { namedCurve: 'P-521' });
const k256 = generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
const ed25519 = generateKeyPairSync('ed25519');
const ed448 = generateKeyPairSync('ed448');

// X.509 certificates made by the openssl CLI from our keys.
writeFileSync(join(work, 'rsa.pem'), pem(rsa.privateKey, 'pkcs8'));
writeFileSync(join(work, 'ec.pem'), pem(p256.privateKey, 'pkcs8'));
const cert = (keyFile, cn) =>
  openssl('req', '-x509', '-key', keyFile, '-subj', `/CN=${cn}`, '-days', '3650', '-set_serial', '1', '-outform', 'PEM').toString();
const rsaCert = cert('rsa.pem', 'rsa.issuer.example');
const ecCert = cert('ec.pem', 'ec.issuer.example');
const rsaCertDer = rsaCert.replace(/-----[^-]+-----|\s/g, ''); // the same certificate, bare base64 DER

// Tokens signed by the openssl CLI (dgst / pkeyutl), not by Node.
function opensslRs256() {
  const data = input({ alg: 'RS256', typ: 'JWT', kid: 'openssl' });
  writeFileSync(join(work, 'data'), data);
  return `${data}.${b64u(openssl('dgst', '-sha256', '-sign', 'rsa.pem', 'data'))}`;
}
function opensslEs256Der() {
  const data = input({ alg: 'ES256', typ: 'JWT' });
  writeFileSync(join(work, 'data'), data);
  return `${data}.${b64u(openssl('dgst', '-sha256', '-sign', 'ec.pem', 'data'))}`; // DER, as openssl emits
}
function opensslEd25519() {
  writeFileSync(join(work, 'ed.pem'), pem(ed25519.privateKey, 'pkcs8'));
  const data = input({ alg: 'EdDSA', typ: 'JWT' });
  writeFileSync(join(work, 'data'), data);
  return `${data}.${b64u(openssl('pkeyutl', '-sign', '-rawin', '-inkey', 'ed.pem', '-in', 'data'))}`;
}

const secretText = 'a-long-shared-secret-for-hs256-tokens-0123456789';
const secretBytes = Buffer.from('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f', 'hex');
const secret64 = Buffer.from('4f3c2a1b0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b', 'hex');

const jwks = {
  keys: [
    jwk(rsa.publicKey, { kid: 'rsa-1', use: 'sig', alg: 'RS256' }),
    jwk(p256.publicKey, { kid: 'ec-1', use: 'sig', alg: 'ES256' }),
    jwk(ed25519.publicKey, { kid: 'ed-1', use: 'sig' }),
  ],
};

const cases = [
  { name: 'RS256 / SPKI PEM', token: jws('RS256', rsa.privateKey), key: pem(rsa.publicKey, 'spki'), source: 'pem-spki' },
  { name: 'RS384 / PKCS#1 public PEM', token: jws('RS384', rsa.privateKey), key: pem(rsa.publicKey, 'pkcs1'), source: 'pem-pkcs1' },
  { name: 'RS512 / X.509 PEM (openssl req -x509)', token: jws('RS512', rsa.privateKey), key: rsaCert, source: 'x509' },
  { name: 'RS256 / bare base64 certificate', token: jws('RS256', rsa.privateKey), key: rsaCertDer, source: 'der-x509' },
  { name: 'RS256 / PKCS#8 private PEM', token: jws('RS256', rsa.privateKey), key: pem(rsa.privateKey, 'pkcs8'), source: 'pkcs8' },
  { name: 'RS256 / PKCS#1 private PEM', token: jws('RS256', rsa.privateKey), key: pem(rsa.privateKey, 'pkcs1'), source: 'pkcs1-private' },
  { name: 'RS256 / bare base64 SPKI', token: jws('RS256', rsa.privateKey), key: der64(rsa.publicKey, 'spki'), source: 'der-spki' },
  { name: 'RS256 / JWK', token: jws('RS256', rsa.privateKey), key: JSON.stringify(jwk(rsa.publicKey)), source: 'jwk' },
  { name: 'RS256 / 1024-bit key (verifies, flagged)', token: jws('RS256', rsa1024.privateKey), key: pem(rsa1024.publicKey, 'spki'), source: 'pem-spki', problems: ['rsa-too-small'] },
  { name: 'PS256 / SPKI PEM', token: jws('PS256', rsa.privateKey), key: pem(rsa.publicKey, 'spki'), source: 'pem-spki' },
  { name: 'PS384 / SPKI PEM', token: jws('PS384', rsa.privateKey), key: pem(rsa.publicKey, 'spki'), source: 'pem-spki' },
  { name: 'PS512 / SPKI PEM', token: jws('PS512', rsa.privateKey), key: pem(rsa.publicKey, 'spki'), source: 'pem-spki' },
  { name: 'ES256 / SEC1 EC private PEM', token: jws('ES256', p256.privateKey), key: pem(p256.privateKey, 'sec1'), source: 'sec1' },
  { name: 'ES256 / PKCS#8 private PEM', token: jws('ES256', p256.privateKey), key: pem(p256.privateKey, 'pkcs8'), source: 'pkcs8' },
  { name: 'ES256 / X.509 PEM (openssl req -x509)', token: jws('ES256', p256.privateKey), key: ecCert, source: 'x509' },
  { name: 'ES384 / SPKI PEM', token: jws('ES384', p384.privateKey), key: pem(p384.publicKey, 'spki'), source: 'pem-spki' },
  { name: 'ES512 / JWK', token: jws('ES512', p521.privateKey), key: JSON.stringify(jwk(p521.publicKey)), source: 'jwk' },
  { name: 'ES512 / SEC1 EC private PEM', token: jws('ES512', p521.privateKey), key: pem(p521.privateKey, 'sec1'), source: 'sec1' },
  { name: 'ES256K / JWK', token: jws('ES256K', k256.privateKey), key: JSON.stringify(jwk(k256.publicKey)), source: 'jwk' },
  { name: 'ES256K / SPKI PEM', token: jws('ES256K', k256.privateKey), key: pem(k256.publicKey, 'spki'), source: 'pem-spki' },
  { name: 'EdDSA Ed25519 / SPKI PEM', token: jws('EdDSA', ed25519.privateKey), key: pem(ed25519.publicKey, 'spki'), source: 'pem-spki' },
  { name: 'Ed25519 / JWK', token: jws('Ed25519', ed25519.privateKey), key: JSON.stringify(jwk(ed25519.publicKey)), source: 'jwk' },
  { name: 'Ed25519 / PKCS#8 private PEM', token: jws('Ed25519', ed25519.privateKey), key: pem(ed25519.privateKey, 'pkcs8'), source: 'pkcs8' },
  { name: 'EdDSA Ed448 / SPKI PEM', token: jws('EdDSA', ed448.privateKey), key: pem(ed448.publicKey, 'spki'), source: 'pem-spki' },
  { name: 'Ed448 / JWK', token: jws('Ed448', ed448.privateKey), key: JSON.stringify(jwk(ed448.publicKey)), source: 'jwk' },
  { name: 'Ed448 / PKCS#8 private PEM', token: jws('Ed448', ed448.privateKey), key: pem(ed448.privateKey, 'pkcs8'), source: 'pkcs8' },
  { name: 'JWKS / kid rsa-1', token: jws('RS256', rsa.privateKey, { kid: 'rsa-1' }), key: JSON.stringify(jwks), source: 'jwks', keyUsed: 'kid "rsa-1"' },
  { name: 'JWKS / kid ec-1', token: jws('ES256', p256.privateKey, { kid: 'ec-1' }), key: JSON.stringify(jwks), source: 'jwks', keyUsed: 'kid "ec-1"' },
  { name: 'JWKS / kid ed-1', token: jws('EdDSA', ed25519.privateKey, { kid: 'ed-1' }), key: JSON.stringify(jwks), source: 'jwks', keyUsed: 'kid "ed-1"' },
  { name: 'HS256 / oct JWK', token: jws('HS256', secretBytes), key: JSON.stringify({ kty: 'oct', k: b64u(secretBytes) }), source: 'jwk' },
  { name: 'HS256 / utf8 secret', token: jws('HS256', secretText), key: secretText, source: 'secret', encoding: 'utf8' },
  { name: 'HS384 / base64 secret', token: jws('HS384', secret64), key: secret64.toString('base64'), source: 'secret', encoding: 'base64' },
  { name: 'HS512 / base64url secret', token: jws('HS512', secret64), key: b64u(secret64), source: 'secret', encoding: 'base64url' },
  { name: 'HS256 / hex secret', token: jws('HS256', secretBytes), key: secretBytes.toString('hex'), source: 'secret', encoding: 'hex' },
  { name: 'RS256 signed by openssl dgst / SPKI PEM', token: opensslRs256(), key: pem(rsa.publicKey, 'spki'), source: 'pem-spki' },
  { name: 'EdDSA signed by openssl pkeyutl / SPKI PEM', token: opensslEd25519(), key: pem(ed25519.publicKey, 'spki'), source: 'pem-spki' },
];

// Negative interop cases: real outputs of other tools that must not verify, with the status.
const rejects = [
  { name: 'ES256 with a DER signature (openssl dgst default)', token: opensslEs256Der(), key: pem(p256.publicKey, 'spki'), status: 'invalid' },
  { name: 'HS256 token, RSA public key', token: jws('HS256', pem(rsa.publicKey, 'spki')), key: pem(rsa.publicKey, 'spki'), status: 'key-mismatch' },
  { name: 'RS256 token, secret', token: jws('RS256', rsa.privateKey), key: secretText, status: 'key-mismatch' },
  { name: 'ES256 token, P-384 key', token: jws('ES256', p256.privateKey), key: pem(p384.publicKey, 'spki'), status: 'key-mismatch' },
  { name: 'RS256 token, EC key', token: jws('RS256', rsa.privateKey), key: pem(p256.publicKey, 'spki'), status: 'key-mismatch' },
  { name: 'RS256 token, other RSA key', token: jws('RS256', rsa1024.privateKey), key: pem(rsa.publicKey, 'spki'), status: 'invalid' },
  { name: 'JWKS, unknown kid', token: jws('RS256', rsa.privateKey, { kid: 'nope' }), key: JSON.stringify(jwks), status: 'key-mismatch' },
];

mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  `${JSON.stringify({ generatedBy: 'scripts/gen-fixtures.mjs', now: IAT, cases, rejects }, null, 2)}\n`,
);
rmSync(work, { recursive: true, force: true });
console.log(`wrote ${cases.length} + ${rejects.length} cases to ${out}`);
