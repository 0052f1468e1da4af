import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHmac, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { findConfusion, jwkFromOpenssh, keySerializations, publicKeyTextKind } from '../../../../src/core/secrets/confusion';

const keys: [string, KeyObject][] = [
  ['RSA 2048', generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey],
  ['RSA e=3', generateKeyPairSync('rsa', { modulusLength: 1024, publicExponent: 3 }).publicKey],
  ['P-256', generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey],
  ['P-384', generateKeyPairSync('ec', { namedCurve: 'P-384' }).publicKey],
  ['P-521', generateKeyPairSync('ec', { namedCurve: 'P-521' }).publicKey],
  ['secp256k1', generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).publicKey],
  ['Ed25519', generateKeyPairSync('ed25519').publicKey],
  ['Ed448', generateKeyPairSync('ed448').publicKey],
];
const der = (k: KeyObject) => new Uint8Array(k.export({ type: 'spki', format: 'der' }));
const jwkOf = (k: KeyObject) => k.export({ format: 'jwk' }) as Record<string, unknown>;

describe('keySerializations', () => {
  it.each(keys)('%s: the SPKI PEM rebuilt from the JWK is OpenSSL’s', (_n, key) => {
    const pem = keySerializations({ label: 'k', jwk: jwkOf(key) }).find((s) => s.name === 'SPKI PEM')!;
    expect(new TextDecoder().decode(pem.bytes)).toBe(key.export({ type: 'spki', format: 'pem' }).toString());
  });
  it('rebuilds PKCS#1 that OpenSSL reads back', () => {
    const key = keys[0]![1];
    const pkcs1 = keySerializations({ label: 'k', spki: der(key) }).find((s) => s.name === 'PKCS#1 PEM with final newline')!;
    const text = new TextDecoder().decode(pkcs1.bytes);
    expect(text).toBe(key.export({ type: 'pkcs1', format: 'pem' }).toString());
    expect(createPublicKey(text).asymmetricKeyType).toBe('rsa');
  });
  it.skipIf(!existsSync('/usr/bin/ssh-keygen')).each([keys[0]!, keys[2]!, keys[4]!])(
    '%s: the OpenSSH line equals ssh-keygen’s',
    (_n, key) => {
      const file = join(mkdtempSync(join(tmpdir(), 'jwt-')), 'pub.pem');
      writeFileSync(file, key.export({ type: 'spki', format: 'pem' }));
      const line = execFileSync('ssh-keygen', ['-i', '-m', 'PKCS8', '-f', file]).toString().trim();
      const ours = keySerializations({ label: 'k', spki: der(key) }).find((s) => s.name === 'OpenSSH public key line')!;
      expect(new TextDecoder().decode(ours.bytes)).toBe(line);
    },
  );
  it('offers nothing for junk', () => {
    expect(keySerializations({ label: 'k', spki: new Uint8Array([0x30, 0x03, 1, 2, 3]) }).map((s) => s.name)).toEqual(['SPKI DER', ...['SPKI PEM', 'SPKI PEM with final newline', 'SPKI PEM without final newline', 'SPKI PEM with CRLF line ends', 'SPKI PEM with CRLF line ends, no final newline'], 'SPKI base64 (one line)']);
    expect(keySerializations({ label: 'k', jwk: { kty: 'oct', k: 'AAAA' } })).toEqual(
      keySerializations({ label: 'k', jwk: { kty: 'oct', k: 'AAAA' } }).filter((s) => s.name.startsWith('JWK JSON')),
    );
  });
});

describe('findConfusion', () => {
  const input = new TextEncoder().encode('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9');
  const rsa = keys[0]![1];
  const pemText = rsa.export({ type: 'spki', format: 'pem' }).toString();
  const sign = (key: string | Uint8Array, alg = 'sha256') => new Uint8Array(createHmac(alg, key).update(input).digest());

  it.each([
    ['PEM as pasted', pemText, { text: pemText }],
    ['SPKI PEM without final newline', pemText.trimEnd(), { spki: der(rsa) }],
    ['SPKI PEM with CRLF line ends', pemText.replace(/\n/g, '\r\n'), { spki: der(rsa) }],
    ['SPKI DER', der(rsa), { spki: der(rsa) }],
    ['PKCS#1 PEM', rsa.export({ type: 'pkcs1', format: 'pem' }).toString(), { jwk: jwkOf(rsa) }],
    ['JWK JSON', JSON.stringify(jwkOf(rsa)), { jwk: jwkOf(rsa) }],
    ['JWK as pasted', ' {"kty":"RSA", "e":"AQAB"} ', { text: ' {"kty":"RSA", "e":"AQAB"} ' }],
  ])('finds a token signed with the %s', (name, secret, key) => {
    expect(findConfusion('HS256', input, sign(secret), [{ label: 'the key', ...key }])).toEqual({
      key: 'the key',
      serialization: name,
    });
  });

  it('works for HS512 and the canonical JWK', () => {
    const p256 = jwkOf(keys[2]![1]);
    const canonical = JSON.stringify({ crv: p256.crv, kty: p256.kty, x: p256.x, y: p256.y });
    expect(findConfusion('HS512', input, sign(canonical, 'sha512'), [{ label: 'k', jwk: p256 }])?.serialization).toBe(
      'JWK JSON (RFC 7638 canonical)',
    );
  });

  it('finds nothing for an honest secret', () => {
    expect(findConfusion('HS256', input, sign('another secret'), [{ label: 'k', spki: der(rsa), text: pemText }])).toBeUndefined();
  });
});

describe('OpenSSH public keys', () => {
  it.skipIf(!existsSync('/usr/bin/ssh-keygen')).each([keys[0]!, keys[2]!, keys[3]!, keys[4]!])('%s: the JWK read from ssh-keygen’s line is the key', (_n, key) => {
    const file = join(mkdtempSync(join(tmpdir(), 'jwt-')), 'pub.pem');
    writeFileSync(file, key.export({ type: 'spki', format: 'pem' }));
    const line = `${execFileSync('ssh-keygen', ['-i', '-m', 'PKCS8', '-f', file]).toString().trim()} user@host`;
    expect(publicKeyTextKind(line)).toBe('OpenSSH public key');
    const { kty, n, e, crv, x, y } = jwkOf(key) as Record<string, string>;
    expect(jwkFromOpenssh(line)).toEqual(JSON.parse(JSON.stringify({ kty, n, e, crv, x, y })));
  });
  it.each([
    ['-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----', 'PEM'],
    ['{"kty":"EC"}', 'JWK'],
    ['ssh-rsa not base64!', undefined],
    ['secret', undefined],
  ])('publicKeyTextKind(%j) = %s', (text, kind) => {
    expect(publicKeyTextKind(text)).toBe(kind);
  });
});
