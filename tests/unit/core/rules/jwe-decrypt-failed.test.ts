import { describe, expect, it } from 'vitest';
import { dirA256Gcm, octJwk } from '../../helpers/jwe-mint';
import { hits, run } from '../../helpers/mint';
import { type Case, ruleSuite } from './fijk-cases';

const RULE = 'jwe-decrypt-failed';
const KEY = new Uint8Array(32).fill(7);
const OTHER = new Uint8Array(32).fill(8);
const token = dirA256Gcm({}, new TextEncoder().encode('{"sub":"u1"}'), KEY);
const [h, k, iv, c, tag] = token.split('.') as [string, string, string, string, string];
const flip = (s: string) => `${s[0] === 'A' ? 'B' : 'A'}${s.slice(1)}`;

const cases: Case[] = [
  { name: 'the right key', token, key: octJwk(KEY), expected: undefined },
  { name: 'issue 13: a wrong key', token, key: octJwk(OTHER), expected: 'error' },
  { name: 'issue 13: a changed tag', token: [h, k, iv, c, flip(tag)].join('.'), key: octJwk(KEY), expected: 'error' },
  { name: 'issue 13: a changed ciphertext', token: [h, k, iv, flip(c), tag].join('.'), key: octJwk(KEY), expected: 'error' },
  { name: 'no key', token, expected: undefined },
];

describe(RULE, () => {
  ruleSuite(RULE, cases);
  it('issue 13: a wrong key gives the status failed', async () => {
    const report = await run(token, { key: octJwk(OTHER) });
    expect(report.decryption).toMatchObject({ status: 'failed', alg: 'dir', enc: 'A256GCM' });
    expect(report.summary.tone).toBe('bad');
    expect(hits(report, RULE)).toHaveLength(1);
  });
});
