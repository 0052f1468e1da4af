import { describe, expect, it } from 'vitest';
import { encryptFor, recipientKey } from '../../helpers/jwe-mint';
import { compact, hits, NOW, run } from '../../helpers/mint';
import { type Case, GOOD, hs, jwe, ruleSuite } from './fijk-cases';

const RULE = 'jwe-not-authenticated';
const EK = 'AAAAAAAA';

const cases: Case[] = [
  { name: 'catalogue: RSA-OAEP-256, no cty', token: jwe({ alg: 'RSA-OAEP-256', enc: 'A256GCM' }, EK), expected: 'warning', count: 1 },
  ...['RSA-OAEP', 'RSA1_5', 'ECDH-ES', 'ECDH-ES+A256KW'].map(
    (alg): Case => ({ name: `${alg} without cty`, token: jwe({ alg, enc: 'A256GCM' }, alg === 'ECDH-ES' ? '' : EK), expected: 'warning' }),
  ),
  { name: 'cty json is not a signed JWT', token: jwe({ alg: 'RSA-OAEP-256', enc: 'A256GCM', cty: 'json' }, EK), expected: 'warning' },
  { name: 'cty JWT: signed inside', token: jwe({ alg: 'RSA-OAEP-256', enc: 'A256GCM', cty: 'JWT' }, EK), expected: undefined },
  { name: 'cty application/jwt', token: jwe({ alg: 'RSA-OAEP-256', enc: 'A256GCM', cty: 'application/jwt' }, EK), expected: undefined },
  { name: 'symmetric dir (only key holders can create it)', token: jwe({ alg: 'dir', enc: 'A256GCM' }), expected: undefined },
  { name: 'symmetric A256KW', token: jwe({ alg: 'A256KW', enc: 'A256GCM' }, EK), expected: undefined },
];

describe(RULE, () => {
  ruleSuite(RULE, cases);

  it('issue 13: decrypted, a JWE-wrapped unsecured JWT is an error, and alg-none fires at path jwe (the CVE-2026-29000 shape)', async () => {
    const key = await recipientKey('RSA-OAEP-256', 'A256GCM');
    const token = await encryptFor(key, { alg: 'RSA-OAEP-256', enc: 'A256GCM', cty: 'JWT' }, compact({ alg: 'none' }, GOOD));
    const report = await run(token, { key: key.keyText, now: NOW });
    expect(report.decryption?.status).toBe('decrypted');
    expect(hits(report, RULE).map((f) => f.severity)).toEqual(['error']);
    expect(report.findings.find((f) => f.rule === 'alg-none')?.path).toEqual(['jwe']);
  });

  it('issue 13: decrypted, a signed JWT inside with cty JWT draws nothing', async () => {
    const key = await recipientKey('RSA-OAEP-256', 'A256GCM');
    const token = await encryptFor(key, { alg: 'RSA-OAEP-256', enc: 'A256GCM', cty: 'JWT' }, hs(GOOD));
    const report = await run(token, { key: key.keyText, now: NOW });
    expect(report.decryption?.status).toBe('decrypted');
    expect(hits(report, RULE)).toEqual([]);
  });
});
