#!/usr/bin/env node
// Key-format vectors for issue 16: keys written by ssh-keygen and the openssl CLI (not by us),
// each with tokens signed by its private key using Node's crypto. Keys are random on each run,
// so the output is committed and the tests read it: tests/vectors/keys/generated.json.
//
//   node scripts/gen-key-vectors.mjs        (needs openssl and ssh-keygen on PATH)
//
// - openssh: `ssh-keygen -t rsa|ecdsa|ed25519` key pairs; the .pub line as written, a genuine
//   token, and an HS256 token whose HMAC key is the .pub line (CVE-2022-29217's forgery). The
//   RSA/ECDSA private keys are read through `ssh-keygen -p -m PKCS8`; Ed25519's seed is taken
//   from ssh-keygen's "openssh-key-v1" private file (PROTOCOL.key), which PKCS8 export refuses.
// - explicitEc: `openssl ecparam -genkey` keys on P-256, P-384, P-521 and secp256k1, rewritten by
//   `openssl ec -param_enc explicit` as SEC1, SPKI and (`openssl pkcs8 -topk8`) PKCS#8.
// - customCurve: the same for brainpoolP256r1, a curve JWS does not use.
// - rfc7517A1Token: an RS256 token (kid "2011-04-29") signed with the RSA private key of RFC 7517
//   Appendix A.2, read from ../shared/vectors; it verifies with rfc7517-a1-printed.txt.
import { execFileSync } from 'node:child_process';
import { createHmac, createPrivateKey, sign } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(root, 'tests/vectors/keys/generated.json');
const work = mkdtempSync(join(tmpdir(), 'jwt-key-vectors-'));
const IAT = 1767225600;
const claims = { sub: 'user-1', iat: IAT, exp: IAT + 600 };
const b64u = (buf) => Buffer.from(buf).toString('base64url');
const run = (cmd, ...args) => execFileSync(cmd, args, { cwd: work, stdio: ['pipe', 'pipe', 'pipe'] }).toString();
const HASH = { ES256: 'sha256', ES384: 'sha384', ES512: 'sha512', ES256K: 'sha256', RS256: 'sha256' };

function jws(alg, key) {
  const data = `${b64u(JSON.stringify({ alg, typ: 'JWT' }))}.${b64u(JSON.stringify(claims))}`;
  let sig;
  if (alg === 'HS256') sig = createHmac('sha256', key).update(data).digest();
  else if (alg === 'EdDSA') sig = sign(null, Buffer.from(data), key);
  else if (alg === 'RS256') sig = sign('sha256', Buffer.from(data), key);
  else sig = sign(HASH[alg], Buffer.from(data), { key, dsaEncoding: 'ieee-p1363' });
  return `${data}.${b64u(sig)}`;
}

/** Reads SSH wire strings (uint32 length, bytes) from `buf`, starting at `at`. */
function sshReader(buf, at) {
  return {
    string() {
      const n = buf.readUInt32BE(at);
      const s = buf.subarray(at + 4, at + 4 + n);
      at += 4 + n;
      return s;
    },
    skip(n) {
      at += n;
    },
  };
}

/** The Ed25519 seed in an unencrypted openssh-key-v1 private key file (OpenSSH PROTOCOL.key). */
function ed25519FromOpenssh(text) {
  const blob = Buffer.from(text.replace(/-----[^-]+-----|\s/g, ''), 'base64');
  const outer = sshReader(blob, 'openssh-key-v1\0'.length);
  for (let i = 0; i < 3; i++) outer.string(); // cipher "none", kdf "none", kdf options
  outer.skip(4); // number of keys: 1
  outer.string(); // public key blob
  const inner = sshReader(outer.string(), 8); // private section, after its two check integers
  inner.string(); // "ssh-ed25519"
  inner.string(); // public key
  const seed = inner.string().subarray(0, 32); // private key is seed || public key
  const pkcs8 = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]);
  return createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' });
}

const openssh = [];
for (const [name, type, bits, alg] of [
  ['RSA 2048', 'rsa', '2048', 'RS256'],
  ['ECDSA P-256', 'ecdsa', '256', 'ES256'],
  ['ECDSA P-384', 'ecdsa', '384', 'ES384'],
  ['ECDSA P-521', 'ecdsa', '521', 'ES512'],
  ['Ed25519', 'ed25519', '', 'EdDSA'],
]) {
  const file = join(work, `id_${type}${bits}`);
  run('ssh-keygen', '-q', '-t', type, ...(bits ? ['-b', bits] : []), '-N', '', '-C', 'test@jwt-inspector', '-f', file);
  const line = readFileSync(`${file}.pub`, 'utf8').trim();
  let key;
  if (type === 'ed25519') key = ed25519FromOpenssh(readFileSync(file, 'utf8'));
  else {
    run('ssh-keygen', '-q', '-p', '-N', '', '-m', 'PKCS8', '-f', file);
    key = createPrivateKey(readFileSync(file));
  }
  openssh.push({ name, alg, line, token: jws(alg, key), forgedWithLine: jws('HS256', line) });
}

function explicitKeys(curve, alg) {
  const named = join(work, `${curve}.pem`);
  run('openssl', 'ecparam', '-name', curve, '-genkey', '-noout', '-out', named);
  const sec1 = run('openssl', 'ec', '-in', named, '-param_enc', 'explicit');
  writeFileSync(join(work, `${curve}-explicit.pem`), sec1);
  const entry = {
    curve,
    sec1,
    spki: run('openssl', 'ec', '-in', named, '-param_enc', 'explicit', '-pubout'),
    pkcs8: run('openssl', 'pkcs8', '-topk8', '-nocrypt', '-in', join(work, `${curve}-explicit.pem`)),
  };
  return alg ? { ...entry, alg, token: jws(alg, createPrivateKey(readFileSync(named))) } : entry;
}

const explicitEc = [
  explicitKeys('prime256v1', 'ES256'),
  explicitKeys('secp384r1', 'ES384'),
  explicitKeys('secp521r1', 'ES512'),
  explicitKeys('secp256k1', 'ES256K'),
];
const customCurve = explicitKeys('brainpoolP256r1');

const rfc = JSON.parse(readFileSync(resolve(root, '../shared/vectors/rfc/rfc7517_rfc7638_jwk_examples.json'), 'utf8'));
const a2 = rfc.tests.find((t) => t.id === 'rfc7517-A.2').value.keys.find((k) => k.kty === 'RSA');
const a1Input = `${b64u(JSON.stringify({ alg: 'RS256', kid: a2.kid }))}.${b64u(JSON.stringify(claims))}`;
const rfc7517A1Token = `${a1Input}.${b64u(sign('sha256', Buffer.from(a1Input), createPrivateKey({ key: a2, format: 'jwk' })))}`;

const made = `${new Date().toISOString().slice(0, 10)}, ${run('openssl', 'version').trim()}, ${run('sh', '-c', 'ssh -V 2>&1').trim()}, Node ${process.version}`;
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ made, claims, openssh, explicitEc, customCurve, rfc7517A1Token }, null, 2)}\n`);
rmSync(work, { recursive: true, force: true });
console.log(`wrote ${out}`);
