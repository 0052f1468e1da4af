import { describe, expect, it } from 'vitest';
import { encryptFor, recipientKey } from '../../helpers/jwe-mint';
import { hits, NOW } from '../../helpers/mint';
import { inspect } from '../../../../src/core/index';
import { type Case, jwe, ruleSuite } from './fijk-cases';

const RULE = 'jwe-decrypt-skipped';
const password = await recipientKey('PBES2-HS256+A128KW', 'A128GCM');
const overCap = await encryptFor(password, { alg: 'PBES2-HS256+A128KW', enc: 'A128GCM', p2c: 1_300_000 }, 'hello');
const oct16 = JSON.stringify({ kty: 'oct', k: 'AAAAAAAAAAAAAAAAAAAAAA' });

const cases: Case[] = [
  { name: 'issue 13: PBES2 p2c above the cap, with the password', token: overCap, key: password.keyText, expected: 'info' },
  { name: 'PBES2 p2c above the cap, no key (nothing was asked)', token: overCap, expected: undefined },
  { name: 'issue 13: A192GCM (Chromium has no 192-bit AES)', token: jwe({ alg: 'dir', enc: 'A192GCM' }), key: oct16, expected: 'info' },
  { name: 'issue 13: RSA1_5', token: jwe({ alg: 'RSA1_5', enc: 'A128GCM' }, 'AAAA'), key: oct16, expected: 'info' },
  { name: 'zip other than DEF', token: jwe({ alg: 'dir', enc: 'A128GCM', zip: 'GZ' }), key: oct16, expected: 'info' },
  { name: 'issue 13: crit names an extension', token: jwe({ alg: 'dir', enc: 'A128GCM', crit: ['exp'], exp: 1 }), key: oct16, expected: 'info' },
  { name: 'issue 13: PBES2 with a 3-byte p2s', token: jwe({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM', p2c: 2048, p2s: 'AAAA' }, 'AAAA'), key: 'password', expected: 'info' },
  { name: 'issue 13: ECDH-ES on X448', token: jwe({ alg: 'ECDH-ES', enc: 'A128GCM', epk: { kty: 'OKP', crv: 'X448', x: 'A'.repeat(75) } }), key: oct16, expected: 'info' },
  { name: 'a key that fits and works is not skipped', token: jwe({ alg: 'dir', enc: 'A128GCM' }), key: oct16, expected: undefined },
];

describe(RULE, () => {
  ruleSuite(RULE, cases);
  it('issue 13: p2c over maxPbes2Count is refused (with jwe-pbes2-p2c); a raised cap decrypts', async () => {
    const refused = await inspect({ token: overCap, key: password.keyText, now: NOW });
    expect(refused.decryption?.status).toBe('refused');
    expect(hits(refused, 'jwe-pbes2-p2c')).toHaveLength(1);
    const raised = await inspect({ token: overCap, key: password.keyText, now: NOW, maxPbes2Count: 1_300_000 });
    expect(raised.decryption?.status).toBe('decrypted');
    expect(raised.payload?.text).toBe('hello');
    expect(hits(raised, RULE)).toEqual([]);
  }, 30_000);
  it('issue 13: RSA1_5 is unsupported whatever the runtime', async () => {
    const report = await inspect({ token: jwe({ alg: 'RSA1_5', enc: 'A128GCM' }, 'AAAA'), key: oct16, now: NOW });
    expect(report.decryption).toMatchObject({ status: 'unsupported', alg: 'RSA1_5', enc: 'A128GCM' });
  });
});
