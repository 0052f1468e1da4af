// summarize(): the verdict every front end shows, decided in the core. Asserted on status, tone,
// trust and the deciding rule, never on prose.
import { describe, expect, it } from 'vitest';
import { STATUS_WORDS, summarize } from '../../../src/core/index';
import { b64url, compact, hmacToken, rs256Token, rsaPublicPem, run } from '../helpers/mint';

const claims = { sub: 'u1', iss: 'https://issuer.example', aud: 'api', iat: 1767225000, exp: 1767229200 };
const strong = 'k'.repeat(20) + 'Q7#vX9!rT2@pL5$wZ8%mN3^bC6&hJ4*d';

describe('summarize', () => {
  it('a token that verifies with a strong key is trusted, in the status words', async () => {
    const report = await run(hmacToken({ alg: 'HS256' }, claims, strong), { key: strong });
    expect(report.summary).toMatchObject({ status: 'valid', trusted: true, tone: 'good', headline: STATUS_WORDS.valid.label });
    expect(report.summary.rule).toBeUndefined();
    expect(report.summary).toEqual(summarize(report));
  });

  it('a weak secret that verifies is not trusted: its rule decides the headline, and the sentence still says it verified', async () => {
    const report = await run(hmacToken({ alg: 'HS256' }, claims, 'secret'), { key: 'secret' });
    expect(report.signature.status).toBe('valid');
    expect(report.summary).toMatchObject({ status: 'valid', trusted: false, tone: 'bad', rule: 'hmac-secret-weak', untrusted: { rule: 'hmac-secret-weak' } });
    expect(report.summary.headline).not.toBe(STATUS_WORDS.valid.label);
    expect(report.summary.sentence).not.toBe('');
  });

  it('a weak secret found without a key is not trusted either', async () => {
    const report = await run(hmacToken({ alg: 'HS256' }, claims, 'secret'));
    expect(report.summary).toMatchObject({ status: 'no-key', trusted: false, tone: 'bad', rule: 'hmac-secret-weak' });
  });

  it('a padded token that verifies as sent is a warning, not trusted', async () => {
    const [h, p, s] = rs256Token({ alg: 'RS256' }, claims).split('.');
    const padded = `${h}.${p}.${s}${'='.repeat((4 - (s!.length % 4)) % 4) || '=='}`;
    const report = await run(padded, { key: rsaPublicPem() });
    if (report.signature.status !== 'valid') throw new Error(`padded token: ${report.signature.status}`);
    expect(report.summary).toMatchObject({ trusted: false, tone: 'warn' });
    expect(report.summary.rule).toMatch(/^b64-/);
  });

  it('a forgery with the public key as HMAC secret keeps the status words and says why beside them', async () => {
    const pem = rsaPublicPem();
    const report = await run(hmacToken({ alg: 'HS256' }, claims, pem), { key: pem });
    expect(report.signature.status).toBe('key-mismatch');
    expect(report.summary).toMatchObject({ trusted: false, headline: STATUS_WORDS['key-mismatch'].label, untrusted: { rule: 'alg-confusion-forgery' } });
  });

  it('every other status is its own words and never trusted', async () => {
    const cases = [
      await run(compact({ alg: 'none' }, claims)),
      await run('not a token'),
      await run(rs256Token({ alg: 'RS256' }, claims)),
      await run(`${b64url(JSON.stringify({ alg: 'RSA-OAEP', enc: 'A256GCM' }))}.AAAA.AAAA.AAAA.AAAA`),
    ];
    expect(cases.map((r) => r.summary.status)).toEqual(['unsecured', 'malformed', 'no-key', 'encrypted']);
    for (const r of cases) {
      expect(r.summary.trusted).toBe(false);
      expect(r.summary.headline).toBe(STATUS_WORDS[r.summary.status].label);
      expect(r.summary.tone).toBe(STATUS_WORDS[r.summary.status].tone);
    }
  });
});
