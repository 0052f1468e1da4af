// issue 12: what sign() keeps and reports: the exact header and payload text, alg none, and the
// produced token's findings by the existing rule ids (rules-next.md P).
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeBase64url } from '../../../../src/core/parse/base64url';
import { inspect, sign } from '../../../../src/core/index';
import { genrsaTraditional } from './openssl-keys';

const NOW = 1_700_000_000;
const text = (segment: string) => new TextDecoder().decode(decodeBase64url(segment).bytes);
const rules = (result: Awaited<ReturnType<typeof sign>>) => (result.ok ? result.findings.map((f) => f.rule) : [result.error.code]);

describe('sign(): the text is signed as typed', () => {
  it('issue 12: a header with odd spacing and member order and a payload with a big integer decode back to the same text', async () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const key = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const header = '{ "typ" :"JWT",\n  "alg":  "ES256" ,"kid":"k-1"  }';
    const payload = '{"id":123456789012345678901234567890,"amount":1.50,"name":"Zoë","exp":1700000600}\n';
    const result = await sign({ header, payload, key, now: NOW });
    if (!result.ok) throw new Error(result.error.code);
    const [h, p] = result.token.split('.');
    expect(text(h!)).toBe(header);
    expect(text(p!)).toBe(payload);
    const report = await inspect({ token: result.token, key: JSON.stringify(privateKey.export({ format: 'jwk' })), now: NOW });
    expect(report.signature.status).toBe('valid');
    expect(report.header?.text).toBe(header);
    expect(report.payload?.text).toBe(payload);
  });

  it('issue 12: a payload that is not JSON is signed as it is (a plain JWS)', async () => {
    const result = await sign({ header: '{"alg":"HS256"}', payload: 'hello, world', key: 'k'.repeat(32), now: NOW });
    if (!result.ok) throw new Error(result.error.code);
    expect(text(result.token.split('.')[1]!)).toBe('hello, world');
  });
});

describe('sign(): alg none', () => {
  it('issue 12: alg none gives an empty signature, no key, and the alg-none finding', async () => {
    const result = await sign({ header: '{"alg":"none"}', payload: '{"sub":"x"}', key: '', now: NOW });
    if (!result.ok) throw new Error(result.error.code);
    expect(result.token.endsWith('.')).toBe(true);
    expect(result.token.split('.')).toHaveLength(3);
    expect(result.key).toBeUndefined();
    expect(rules(result)).toContain('alg-none');
    expect((await inspect({ token: result.token, now: NOW })).signature.status).toBe('unsecured');
  });
});

describe('sign(): the produced token is inspected with the signing key', () => {
  it('issue 12: a well-known short secret is reported by hmac-secret-too-short and hmac-secret-weak', async () => {
    const result = await sign({ header: '{"alg":"HS256"}', payload: '{}', key: 'secret', now: NOW });
    expect(rules(result)).toEqual(expect.arrayContaining(['hmac-secret-too-short', 'hmac-secret-weak']));
  });

  it('issue 12: with "auto" a secret that looks base64 is signed as its text, and hmac-secret-encoding-suspect says so', async () => {
    const b64 = Buffer.from('0123456789abcdef0123456789abcdef').toString('base64'); // 44 characters
    const result = await sign({ header: '{"alg":"HS256"}', payload: '{}', key: b64, now: NOW });
    if (!result.ok) throw new Error(result.error.code);
    expect(result.key?.bits).toBe(b64.length * 8);
    expect(rules(result)).toContain('hmac-secret-encoding-suspect');
    const asText = await inspect({ token: result.token, key: b64, secretEncoding: 'utf8', now: NOW });
    expect(asText.signature.status).toBe('valid');
  });

  it('issue 12: an RSA key under 2048 bits signs, and rsa-key-too-small reports it', async () => {
    const result = await sign({ header: '{"alg":"RS256"}', payload: `{"exp":${NOW + 60}}`, key: genrsaTraditional(1024).pem, now: NOW });
    expect(result.ok && result.key?.bits).toBe(1024);
    expect(rules(result)).toContain('rsa-key-too-small');
    expect(rules(result)).not.toContain('sig-invalid');
  });

  it('issue 12: a payload without exp is reported by exp-missing, an expired one by exp-expired', async () => {
    const key = 'x'.repeat(40) + 'Q7!vR2#';
    expect(rules(await sign({ header: '{"alg":"HS256"}', payload: '{"sub":"a"}', key, now: NOW }))).toContain('exp-missing');
    expect(rules(await sign({ header: '{"alg":"HS256"}', payload: `{"exp":${NOW - 3600}}`, key, now: NOW }))).toContain('exp-expired');
  });
});
