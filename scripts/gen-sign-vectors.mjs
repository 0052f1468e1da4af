#!/usr/bin/env node
// Signing vectors for issue 12: private keys and HMAC secrets written by the openssl CLI (not by
// us), each with the JWS signatures OpenSSL itself makes over a fixed signing input for the
// algorithms whose signatures are deterministic (RSASSA-PKCS1-v1_5, Ed25519, Ed448, HMAC). Keys
// are random on each run, so the output is committed and the tests read it:
// tests/vectors/keys/openssl-signing.json.
//
//   node scripts/gen-sign-vectors.mjs        (needs openssl on PATH)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(root, 'tests/vectors/keys/openssl-signing.json');
const work = mkdtempSync(join(tmpdir(), 'jwt-sign-vectors-'));
const run = (args, input) => execFileSync('openssl', args, { cwd: work, input, stdio: ['pipe', 'pipe', 'pipe'] });
const b64u = (buf) => Buffer.from(buf).toString('base64url');

const payload = '{"sub":"issue-12","iat":1767225600,"exp":1767226200}';
const signingInput = (alg) => `${b64u(`{"alg":"${alg}","typ":"JWT"}`)}.${b64u(payload)}`;

/** The private key written by `openssl <args>` (into key.pem), and its SPKI from `openssl pkey -pubout`. */
function key(name, args, algs) {
  const file = join(work, `${name}.pem`);
  run([...args, '-out', file]);
  const pem = readFileSync(file, 'utf8');
  const spki = run(['pkey', '-in', file, '-pubout']).toString();
  const signatures = {};
  for (const alg of algs) {
    const data = signingInput(alg);
    if (/^RS\d+$/.test(alg)) signatures[alg] = b64u(run(['dgst', `-sha${alg.slice(2)}`, '-sign', file], data));
    if (alg === 'EdDSA' || alg === 'Ed25519' || alg === 'Ed448') {
      writeFileSync(join(work, 'data'), data);
      signatures[alg] = b64u(run(['pkeyutl', '-sign', '-rawin', '-inkey', file, '-in', join(work, 'data')]));
    }
  }
  return { name, command: `openssl ${args.join(' ')}`, algs, private: pem, spki, signatures };
}

/** A secret from `openssl rand`, and OpenSSL's HMAC of each HS* signing input under its bytes. */
function secret(name, args, encoding) {
  const text = run(['rand', ...args]).toString().trim();
  const bytes = encoding === 'hex' ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  const signatures = {};
  for (const alg of ['HS256', 'HS384', 'HS512']) {
    const mac = run(['dgst', `-sha${alg.slice(2)}`, '-mac', 'HMAC', '-macopt', `hexkey:${bytes.toString('hex')}`, '-binary'], signingInput(alg));
    signatures[alg] = b64u(mac);
  }
  return { name, command: `openssl rand ${args.join(' ')}`, encoding, secret: text, signatures };
}

const RSA = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512'];
const keys = [
  key('rsa-pkcs8', ['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048'], RSA),
  key('rsa-pkcs1', ['genrsa', '-traditional'], RSA), // 2048 bits, the default; -out comes before numbits
  key('p256-sec1', ['ecparam', '-name', 'prime256v1', '-genkey', '-noout'], ['ES256']),
  key('p256-sec1-with-parameters', ['ecparam', '-name', 'prime256v1', '-genkey'], ['ES256']),
  key('p384-pkcs8', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-384'], ['ES384']),
  key('p521-sec1', ['ecparam', '-name', 'secp521r1', '-genkey', '-noout'], ['ES512']),
  key('secp256k1-sec1', ['ecparam', '-name', 'secp256k1', '-genkey', '-noout'], ['ES256K']),
  key('secp256k1-pkcs8', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:secp256k1'], ['ES256K']),
  key('ed25519-pkcs8', ['genpkey', '-algorithm', 'ED25519'], ['EdDSA', 'Ed25519']),
  key('ed448-pkcs8', ['genpkey', '-algorithm', 'ED448'], ['EdDSA', 'Ed448']),
];
const secrets = [secret('hex-64', ['-hex', '64'], 'hex'), secret('base64-64', ['-base64', '64'], 'base64')];

const made = `${new Date().toISOString().slice(0, 10)}, ${run(['version']).toString().trim()}`;
writeFileSync(out, `${JSON.stringify({ made, payload, header: '{"alg":"<alg>","typ":"JWT"}', keys, secrets }, null, 2)}\n`);
rmSync(work, { recursive: true, force: true });
console.log(`wrote ${out}`);
