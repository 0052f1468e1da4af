// Issue 14: a full SD-JWT string (`<issuer-jwt>~<d1>~…~[<kb-jwt>]`) in the weak-secret searches
// and in sign() with `from`. The searches work on the issuer-signed JWT (the one HMAC it has);
// a re-signing keeps the Disclosures and leaves the KB-JWT out (its sd_hash covered the old JWT).
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inspect, scanSecrets, sign } from '../../../../src/core/index';
import { needsPublicListCheck } from '../../../../src/core/secrets/public-check';
import { findPublicSecret } from '../../../../src/core/secrets/public-list';
import { crackerHandoff } from '../../../../src/core/secrets/handoff';
import { hits, hmacToken, NOW } from '../../helpers/mint';
import { BASE, es256, holderJwk, present, prop } from '../../helpers/sd-jwt';

const SECRET = 'your-256-bit-secret'; // a line of the shipped public list
const given = prop('given_name', 'Alice');
const email = prop('email', 'alice@example.com');
const payload = { ...BASE, _sd: [given.digest, email.digest].sort(), _sd_alg: 'sha-256', cnf: { jwk: holderJwk() } };
const header = { alg: 'HS256', typ: 'dc+sd-jwt' };
const hsIssuer = hmacToken(header, { ...payload, vct: 'https://credentials.example.com/id' }, SECRET);
const withKb = present(hsIssuer, [given, email], {});
const withoutKb = present(hsIssuer, [given, email]);

describe('issue 14: the weak-secret searches on an HS-signed SD-JWT', () => {
  it('issue 14: the public list finds the issuer JWT secret of a full SD-JWT+KB string', () => {
    const list = new TextEncoder().encode(`one\ntwo\n${SECRET}\nthree\n`);
    expect(findPublicSecret(withKb, list)).toMatchObject({ secret: SECRET, alg: 'HS256' });
    expect(findPublicSecret(withoutKb, list)).toMatchObject({ secret: SECRET, alg: 'HS256' });
  });

  it('issue 14: needsPublicListCheck asks for an HS-signed SD-JWT with no key (and a secret no quick check guesses)', async () => {
    const token = present(hmacToken(header, payload, 'q8Zr1xV0pLk3mWn7'), [given, email], {});
    const report = await inspect({ token, now: NOW });
    expect(report.kind).toBe('sd-jwt');
    expect(report.weakSecret).toBeUndefined();
    expect(needsPublicListCheck(report)).toBe(true);
  });

  it('issue 14: the wordlist scan finds the secret of a full SD-JWT string, with its line', () => {
    for (const token of [withKb, withoutKb]) {
      const result = scanSecrets(token, ['a', 'b', SECRET]);
      expect(result).toMatchObject({ status: 'found', secret: SECRET, line: 3, alg: 'HS256' });
    }
  });

  it('issue 14: the hashcat and John lines are the issuer JWT only', () => {
    const handoff = crackerHandoff(withKb, 'HS256')!;
    expect(handoff.hashcatLine).toBe(hsIssuer);
    expect(handoff.johnLine.startsWith(hsIssuer.split('.').slice(0, 2).join('.') + '#')).toBe(true);
  });

  it('issue 14: with the secret in the Key box the SD-JWT verifies and hmac-secret-weak fires', async () => {
    const report = await inspect({ token: withKb, key: SECRET, now: NOW });
    expect(report.signature.status).toBe('valid');
    expect(report.weakSecret?.secret).toBe(SECRET);
    expect(hits(report, 'hmac-secret-weak').length).toBeGreaterThan(0);
  });
});

describe('issue 14: sign() with `from` an SD-JWT', () => {
  const issuer = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const privateJwk = JSON.stringify(issuer.privateKey.export({ format: 'jwk' }));
  const publicJwk = JSON.stringify(issuer.publicKey.export({ format: 'jwk' }));
  const esHeader = { alg: 'ES256', typ: 'dc+sd-jwt' };
  const esPayload = { ...payload, vct: 'https://credentials.example.com/id' };
  const esIssuer = es256(esHeader, esPayload, issuer.privateKey);

  it('issue 14: an edit re-signs the issuer JWT, keeps every Disclosure and leaves the KB-JWT out', async () => {
    const from = { token: present(esIssuer, [given, email], {}), key: publicJwk };
    const edited = JSON.stringify({ ...esPayload, exp: NOW + 3600 });
    const result = await sign({ header: JSON.stringify(esHeader), payload: edited, key: privateJwk, now: NOW, from });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.sd).toEqual({ disclosures: 2, keyBindingDropped: true });
    const [jwt, ...rest] = result.token.split('~');
    expect(rest).toEqual([given.text, email.text, '']);
    expect(jwt).not.toBe(esIssuer);
    // The produced token's findings say the holder-bound credential now has no KB-JWT.
    expect(result.findings.map((f) => f.rule)).toContain('kb-jwt-missing');
    expect(result.findings.map((f) => f.rule)).not.toContain('kb-sd-hash-mismatch');
    const report = await inspect({ token: result.token, key: publicJwk, now: NOW });
    expect(report.signature.status).toBe('valid');
    expect(report.sd?.disclosures.map((d) => d.referenced)).toEqual([true, true]);
    expect(report.sd?.claims).toMatchObject({ given_name: 'Alice', email: 'alice@example.com', exp: NOW + 3600 });
  });

  it('issue 14: re-signing an SD-JWT without a KB-JWT drops nothing; an HS secret re-signs it too', async () => {
    const from = { token: withoutKb, key: SECRET };
    const result = await sign({ header: JSON.stringify(header), payload: JSON.stringify(payload), key: 'another secret of 32 characters!', now: NOW, from });
    expect(result.ok && result.sd).toEqual({ disclosures: 2, keyBindingDropped: false });
    expect(result.ok && result.token.endsWith(`~${given.text}~${email.text}~`)).toBe(true);
  });

  it('issue 14: sign() without `from`, or with a plain JWT, makes a plain JWT as before', async () => {
    const plain = await sign({ header: JSON.stringify(header), payload: '{"sub":"u"}', key: SECRET, now: NOW, from: { token: hsIssuer } });
    expect(plain.ok && plain.token.includes('~')).toBe(false);
    expect(plain.ok && plain.sd).toBeUndefined();
  });
});
