import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hits, run, severityOf } from '../../helpers/mint';
import { certJwk, tokenOf, x5c } from './cert-cases';
import { lintKey } from '../../helpers/key-alone';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Case, GOOD, HAS_OPENSSL, pair, REAL_NOW, rs, ruleSuite, selfSigned, signed } from './de-cases';

const RULE = 'x5t-mismatch';
const p256 = pair('p256');
const certA = HAS_OPENSSL ? selfSigned(p256.privateKey, 3650, 'a') : Buffer.from('a');
const certB = HAS_OPENSSL ? selfSigned(p256.privateKey, 3650, 'b') : Buffer.from('b');
const thumb = (alg: 'sha1' | 'sha256', der: Buffer) => createHash(alg).update(der).digest('base64url');
const es = (header: Record<string, unknown>) => signed({ alg: 'ES256', ...header }, GOOD, p256.privateKey);

const cases: Case[] = [
  { name: 'x5t not 20 bytes', token: rs({ alg: 'RS256', x5t: 'AAAA' }), expected: 'error' },
  { name: 'x5t#S256 not 32 bytes', token: rs({ alg: 'RS256', 'x5t#S256': thumb('sha1', certA) }), expected: 'error' },
  { name: 'x5t not base64url', token: rs({ alg: 'RS256', x5t: '***' }), expected: 'error' },
  { name: 'x5t not a string', token: rs({ alg: 'RS256', x5t: 12 }), expected: 'error' },
  ...(HAS_OPENSSL
    ? [
        { name: 'catalogue example: x5c = [A], x5t#S256 = SHA-256(B)', token: es({ x5c: [certA.toString('base64')], 'x5t#S256': thumb('sha256', certB) }), expected: 'error' as const, now: REAL_NOW },
        { name: 'x5t = SHA-1(B)', token: es({ x5c: [certA.toString('base64')], x5t: thumb('sha1', certB) }), expected: 'error' as const, now: REAL_NOW },
        { name: 'both right', token: es({ x5c: [certA.toString('base64')], x5t: thumb('sha1', certA), 'x5t#S256': thumb('sha256', certA) }), expected: undefined, now: REAL_NOW },
      ]
    : []),
  { name: 'well-formed x5t#S256 without x5c', token: rs({ alg: 'RS256', 'x5t#S256': thumb('sha256', certA) }), expected: undefined },
  { name: 'no thumbprint', token: rs(), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));

describe(`${RULE} on a supplied JWK (rules-next.md, Contract notes)`, () => {
  const leafJwk = (extra: Record<string, unknown>) => JSON.stringify({ ...certJwk('leaf-p256'), x5c: x5c('leaf-p256'), ...extra });
  const leafDer = Buffer.from(x5c('leaf-p256')[0]!, 'base64');

  it("issue 12: error when a JWK's x5t#S256 or x5t is not the thumbprint of its own x5c[0]", async () => {
    expect(severityOf(await run(tokenOf('leaf-p256'), { key: leafJwk({ 'x5t#S256': thumb('sha256', certA) }) }), RULE)).toBe('error');
    expect(severityOf(await run(tokenOf('leaf-p256'), { key: leafJwk({ x5t: thumb('sha1', certA) }) }), RULE)).toBe('error');
    expect(severityOf(await run(tokenOf('leaf-p256'), { key: leafJwk({ x5t: 'AAAA' }) }), RULE)).toBe('error');
  });

  it('issue 12: the key alone (no token): error for a JWK whose x5t is another certificate\'s', async () => {
    expect(severityOf(await run('', { key: leafJwk({ x5t: thumb('sha1', certA) }) }), RULE)).toBe('error');
  });

  it("issue 12: quiet when a JWK's thumbprints are those of its x5c[0]", async () => {
    const report = await run(tokenOf('leaf-p256'), { key: leafJwk({ x5t: thumb('sha1', leafDer), 'x5t#S256': thumb('sha256', leafDer) }) });
    expect(report.signature.status).toBe('valid');
    expect(hits(report, RULE)).toEqual([]);
  });
});

// rules-next O: the x5t members of a supplied JWK against its own x5c[0]. The RFC 7517 App. B
// JWK carries x5c and no thumbprint (tests/vectors/rfc, sources in tests/vectors/README.md).
const appendixB = JSON.parse(readFileSync(resolve(__dirname, '../../../vectors/rfc/rfc7517_rfc7638_jwk_examples.json'), 'utf8')).tests.find((t: { section: string }) => t.section === 'B').value;
const leaf = Buffer.from(appendixB.x5c[0], 'base64');

describe(`${RULE}: a supplied JWK`, () => {
  it('issue 12: x5t of another certificate, pasted with no token → error', async () => {
    expect(severityOf(await lintKey({ ...appendixB, x5t: thumb('sha1', Buffer.from('another')) }), RULE)).toBe('error');
  });

  it('issue 12: x5t#S256 of the wrong length, with a token → error', async () => {
    expect(severityOf(await run(rs(), { key: JSON.stringify({ keys: [{ ...appendixB, 'x5t#S256': thumb('sha1', leaf) }] }) }), RULE)).toBe('error');
  });

  it('issue 12: x5t and x5t#S256 that are the thumbprints of x5c[0] → nothing', async () => {
    expect(hits(await lintKey({ ...appendixB, x5t: thumb('sha1', leaf), 'x5t#S256': thumb('sha256', leaf) }), RULE)).toEqual([]);
  });
});
