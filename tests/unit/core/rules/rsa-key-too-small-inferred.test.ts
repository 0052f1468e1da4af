import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { b64url, compact, hits, hmacToken, rs256Token, rsaPublicPem, run, severityOf } from '../../helpers/mint';
import { cleanHits, esToken, signatureOf, withSignature } from '../../helpers/sig-tokens';

const RULE = 'rsa-key-too-small-inferred';
const PAYLOAD = { sub: 'u1' };
const sig = (n: number) => Buffer.from(randomBytes(n)).toString('base64url');

function rs256With1024(): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
  const input = `${b64url('{"alg":"RS256"}')}.${b64url(JSON.stringify(PAYLOAD))}`;
  return `${input}.${b64url(sign('sha256', Buffer.from(input), privateKey))}`;
}

describe(RULE, () => {
  it.each([
    ['RS256 signed with a real 1024-bit key', () => rs256With1024()],
    ['RS256 with a 171-character signature (catalogue)', () => compact({ alg: 'RS256' }, PAYLOAD, sig(128))],
    ['PS256 with a 1536-bit signature', () => compact({ alg: 'PS256' }, PAYLOAD, sig(192))],
    ['RS512 with a 512-bit signature', () => compact({ alg: 'RS512' }, PAYLOAD, sig(64))],
  ])('fires on %s', async (_name, make) => {
    const token = make();
    const report = await run(token);
    expect(severityOf(report, RULE)).toBe('error');
    expect(hits(report, RULE)[0]!.at?.part).toBe('signature');
  });

  it('checks the catalogue length: 171 base64url characters', () => {
    expect(sig(128)).toHaveLength(171);
  });

  it.each([
    ['RS256 with a 2048-bit key', () => rs256Token({ alg: 'RS256' }, PAYLOAD)],
    ['PS512 with a 4096-bit signature', () => compact({ alg: 'PS512' }, PAYLOAD, sig(512))],
    ['ES256 (not RSA)', () => esToken('ES256', {}, PAYLOAD)],
    ['HS256 (not RSA)', () => hmacToken({ alg: 'HS256' }, PAYLOAD)],
    ['RS256 with an empty signature (sig-empty instead)', () => compact({ alg: 'RS256' }, PAYLOAD)],
  ])('stays quiet on %s', async (_name, make) => {
    expect(hits(await run(make()), RULE)).toEqual([]);
  });

  it('stays quiet when the given key is 2048 bits and the signature lost a byte', async () => {
    const token = rs256Token({ alg: 'RS256' }, PAYLOAD);
    const short = withSignature(token, signatureOf(token).slice(1));
    expect(hits(await run(short, { key: rsaPublicPem() }), RULE)).toEqual([]);
  });

  it('stays quiet on a clean RS256 token with its key', async () => {
    expect(await cleanHits(RULE)).toEqual([]);
  });
});
