// issue 12 / rules-next.md P: sign-header-key-hints-stale on the token sign() makes from an
// input token, one case per hint (kid, jwk, x5c, x5t, x5t#S256, jku, x5u).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PAYLOAD, SECRET, OTHER_SECRET, ecKey, headerOf, resignFindings, signed, type TestKeyPair } from './resign-cases';

const RULE = 'sign-header-key-hints-stale';

/** A self-signed certificate for the key, written by `openssl req -x509`, as x5c base64 (DER). */
function certificateOf(pem: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'issue-12-'));
  try {
    writeFileSync(join(dir, 'key.pem'), pem);
    const cert = execFileSync('openssl', ['req', '-new', '-x509', '-key', join(dir, 'key.pem'), '-subj', '/CN=issue-12', '-days', '1'], { encoding: 'utf8' });
    return cert.replace(/-----[^-]+-----|\s/g, '');
  } finally {
    rmSync(dir, { recursive: true });
  }
}

let ec: TestKeyPair;
let other: TestKeyPair;
beforeAll(() => {
  ec = ecKey();
  other = ecKey();
});

const hints = (extra: Record<string, unknown>) => JSON.stringify({ alg: 'ES256', ...extra });

/** The input signed by `ec` with `extra` in its header (inspected with `verifiedWith`; null: no key), then
 * re-signed with `key` keeping the header. */
async function resignKeeping(extra: Record<string, unknown>, key: string, verifiedWith: string | null = ec.spki) {
  const header = hints(extra);
  const token = await signed({ header, payload: PAYLOAD, key: ec.pem });
  return resignFindings(RULE, { header, payload: '{"sub":"edited"}', key, from: { token, ...(verifiedWith !== null ? { key: verifiedWith } : {}) } });
}

/** One warning, pointing at the named header member's value. */
function expectStale(findings: { severity: string; at?: { part: string; from: number; to: number } }[], header: string, name: string, value: unknown) {
  expect(findings.map((f) => f.severity)).toEqual(['warning']);
  const at = findings[0]!.at!;
  expect(at.part).toBe('header');
  expect(JSON.parse(header.slice(at.from, at.to))).toEqual(value);
  expect(header.slice(0, at.from)).toContain(`"${name}"`);
}

describe(RULE, () => {
  it('issue 12: a kid other than the signing JWK\'s kid is reported, at the header kid', async () => {
    const header = hints({ kid: '2011-04-29' });
    const token = await signed({ header, payload: PAYLOAD, key: ec.pem });
    const findings = await resignFindings(RULE, { header, payload: PAYLOAD, key: other.jwk('k2'), from: { token, key: ec.spki } });
    expectStale(findings, header, 'kid', '2011-04-29');
  });

  it('issue 12: a kid equal to the signing JWK\'s kid is not reported', async () => {
    expect(await resignKeeping({ kid: 'k2' }, other.jwk('k2'))).toEqual([]);
  });

  it('issue 12: the input\'s kid kept with another signing key that has no kid is reported', async () => {
    expect((await resignKeeping({ kid: 'k1' }, other.pem)).map((f) => f.severity)).toEqual(['warning']);
  });

  it('issue 12: the input\'s kid, jku and x5u kept when re-signing with the key that verified the input are not reported', async () => {
    expect(await resignKeeping({ kid: 'k1', jku: 'https://issuer.example/jwks', x5u: 'https://issuer.example/c.pem' }, ec.pem)).toEqual([]);
  });

  it('issue 12: the input\'s kid kept is reported when the input was never verified', async () => {
    expect((await resignKeeping({ kid: 'k1' }, ec.pem, null)).map((f) => f.severity)).toEqual(['warning']);
  });

  it('issue 12: a header jwk of another key is reported, and the signing key\'s own jwk is not', async () => {
    const header = hints({ jwk: ec.publicJwk });
    const findings = await resignKeeping({ jwk: ec.publicJwk }, other.pem);
    expectStale(findings, header, 'jwk', ec.publicJwk);
    expect(await resignKeeping({ jwk: other.publicJwk }, other.pem)).toEqual([]);
  });

  it('issue 12: an x5c certificate of another key is reported, and one of the signing key is not', async () => {
    const mine = certificateOf(other.pem);
    expect((await resignKeeping({ x5c: [certificateOf(ec.pem)] }, other.pem)).map((f) => f.severity)).toEqual(['warning']);
    expect(await resignKeeping({ x5c: [mine] }, other.pem)).toEqual([]);
  });

  it.each(['x5t', 'x5t#S256'])('issue 12: the input\'s %s kept with another signing key is reported', async (name) => {
    const der = Buffer.from(certificateOf(ec.pem), 'base64');
    const thumbprint = createHash(name === 'x5t' ? 'sha1' : 'sha256').update(der).digest('base64url');
    expect((await resignKeeping({ [name]: thumbprint }, other.pem)).map((f) => f.severity)).toEqual(['warning']);
    expect(await resignKeeping({ [name]: thumbprint }, ec.pem)).toEqual([]);
  });

  it.each(['jku', 'x5u'])('issue 12: the input\'s %s kept with another key is reported; a new one is not', async (name) => {
    const url = `https://issuer.example/${name}`;
    const header = hints({ [name]: url });
    expectStale(await resignKeeping({ [name]: url }, other.pem), header, name, url);
    const token = await signed({ header, payload: PAYLOAD, key: ec.pem });
    const fresh = hints({ [name]: 'https://tester.example/keys' });
    expect(await resignFindings(RULE, { header: fresh, payload: PAYLOAD, key: other.pem, from: { token, key: ec.spki } })).toEqual([]);
  });

  it('issue 12: several stale hints give one finding each', async () => {
    const findings = await resignKeeping({ kid: 'k1', jku: 'https://issuer.example/jwks', jwk: ec.publicJwk }, other.jwk('k2'));
    expect(findings.map((f) => f.severity)).toEqual(['warning', 'warning', 'warning']);
  });

  it('issue 12: an HMAC re-signing keeps the input\'s kid with another secret: reported', async () => {
    const header = '{"alg":"HS256","kid":"hs-1"}';
    const token = await signed({ header, payload: PAYLOAD, key: SECRET });
    const findings = await resignFindings(RULE, { header, payload: PAYLOAD, key: OTHER_SECRET, from: { token, key: SECRET } });
    expectStale(findings, headerOf(await signed({ header, payload: PAYLOAD, key: OTHER_SECRET })), 'kid', 'hs-1');
    expect(await resignFindings(RULE, { header, payload: PAYLOAD, key: SECRET, from: { token, key: SECRET } })).toEqual([]);
  });

  it('issue 12: sign() without from does not report stale hints', async () => {
    expect(await resignFindings(RULE, { header: hints({ kid: 'k1', jku: 'https://issuer.example/jwks' }), payload: PAYLOAD, key: other.jwk('k2') })).toEqual([]);
  });
});
