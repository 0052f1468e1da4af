// The key-reading cache: the same text and encoding give the same (frozen) reading; anything else
// is read afresh; old readings make room; and a report is the same with or without the cache.
import { describe, expect, it } from 'vitest';
import { knownKeys, readKeys } from '../../../../src/core/keys/cache';
import { parseKeys } from '../../../../src/core/keys/index';
import { inspect } from '../../../../src/core/index';
import { hmacToken, rs256Token, rsaPublicPem } from '../../helpers/mint';

const pem = rsaPublicPem();

describe('readKeys', () => {
  it('returns the same frozen reading for the same text and encoding', async () => {
    const a = await readKeys(pem, 'auto');
    expect(await readKeys(pem, 'auto')).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a.candidates[0])).toBe(true);
    expect(a).toEqual(await parseKeys(pem, 'auto'));
  });

  it('reads the same text again under another encoding', async () => {
    const utf8 = await readKeys('c2VjcmV0', 'utf8');
    const b64 = await readKeys('c2VjcmV0', 'base64');
    expect(b64).not.toBe(utf8);
    const bytes = (r: typeof utf8) => Buffer.from(r.candidates[0]!.secrets![0]!.bytes).toString();
    expect(bytes(b64)).toBe('secret');
    expect(bytes(utf8)).toBe('c2VjcmV0');
  });

  it('answers at once for a key read before, and with nothing for one never read', async () => {
    expect(knownKeys('never-read-before', 'utf8')).toBeUndefined();
    const read = await readKeys('read-once', 'utf8');
    expect(knownKeys('read-once', 'utf8')).toBe(read);
    expect(knownKeys('read-once', 'hex')).toBeUndefined();
  });

  it('starts the signature check without yielding when key and WebCrypto key are known', async () => {
    const now = 1_800_000_000;
    const token = rs256Token({ alg: 'RS256', typ: 'JWT' }, { iat: now, exp: now + 600 });
    await inspect({ token, key: pem, now }); // reads and imports the key
    const verify = crypto.subtle.verify.bind(crypto.subtle);
    let calls = 0;
    crypto.subtle.verify = (...args: Parameters<typeof verify>) => (calls++, verify(...args));
    try {
      const pending = inspect({ token, key: pem, now });
      expect(calls).toBe(1); // called before inspect() returned its promise
      expect((await pending).signature.status).toBe('valid');
    } finally {
      crypto.subtle.verify = verify;
    }
  });

  it('forgets the oldest reading once it holds four', async () => {
    const first = await readKeys('key-0', 'utf8');
    for (let i = 1; i <= 4; i++) await readKeys(`key-${i}`, 'utf8');
    expect(await readKeys('key-0', 'utf8')).not.toBe(first);
  });

  it('gives inspect() the same report as a fresh reading', async () => {
    const now = 1_800_000_000;
    const rs = rs256Token({ alg: 'RS256', typ: 'JWT' }, { iat: now, exp: now + 600 });
    const first = await inspect({ token: rs, key: pem, now });
    const again = await inspect({ token: rs, key: pem, now });
    expect(again).toEqual(first);
    expect(again.signature.status).toBe('valid');
    const hs = hmacToken({ alg: 'HS256', typ: 'JWT' }, { iat: now }, 'secret');
    expect((await inspect({ token: hs, key: 'secret', now })).signature.status).toBe('valid');
    expect((await inspect({ token: hs, key: 'secret', secretEncoding: 'base64', now })).signature.status).toBe('invalid');
  });
});
