import { describe, expect, it } from 'vitest';
import { deflateRawSync, deflateSync } from 'node:zlib';
import { dirA256Gcm, octJwk } from '../../helpers/jwe-mint';
import { hits, NOW } from '../../helpers/mint';
import { inspect } from '../../../../src/core/index';
import { type Case, ruleSuite } from './fijk-cases';

const RULE = 'jwe-zip-decompress';
const KEY = new Uint8Array(32).fill(3);
const claims = Buffer.from(JSON.stringify({ sub: 'u1', note: 'x'.repeat(500) }));
const bomb = deflateRawSync(Buffer.alloc(300_000, 0x61));

const cases: Case[] = [
  { name: 'raw DEFLATE under the cap', token: dirA256Gcm({ zip: 'DEF' }, deflateRawSync(claims), KEY), key: octJwk(KEY), expected: undefined },
  { name: 'issue 13: inflates past 250,000 bytes', token: dirA256Gcm({ zip: 'DEF' }, bomb, KEY), key: octJwk(KEY), expected: 'error' },
  { name: 'issue 13: zlib-wrapped, not raw DEFLATE', token: dirA256Gcm({ zip: 'DEF' }, deflateSync(claims), KEY), key: octJwk(KEY), expected: 'error' },
  { name: 'no key', token: dirA256Gcm({ zip: 'DEF' }, bomb, KEY), expected: undefined },
];

describe(RULE, () => {
  ruleSuite(RULE, cases);
  it('issue 13: a decompression bomb is refused and shows no payload; a raised cap inflates it', async () => {
    const token = dirA256Gcm({ zip: 'DEF' }, bomb, KEY);
    const report = await inspect({ token, key: octJwk(KEY), now: NOW });
    expect(report.decryption?.status).toBe('refused');
    expect(report.payload).toBeUndefined();
    expect(hits(report, 'jwe-decrypt-skipped')).toHaveLength(1);
    const raised = await inspect({ token, key: octJwk(KEY), now: NOW, maxInflatedBytes: 400_000 });
    expect(raised.decryption?.status).toBe('decrypted');
    expect(raised.payload?.byteLength).toBe(300_000);
  });
});
