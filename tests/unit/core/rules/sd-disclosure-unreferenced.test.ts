import { describe, expect, it } from 'vitest';
import { type Case, ruleSuite } from '../../helpers/rule-suite';
import { b64url, hits, run } from '../../helpers/mint';
import { BASE, es256, issuerJwk, prop, SD_HEADER, present, salt } from '../../helpers/sd-jwt';
import { createHash } from 'node:crypto';

const RULE = 'sd-disclosure-unreferenced';
const key = issuerJwk();
const d1 = prop('given_name', 'Alice');
const injected = prop('role', 'admin');
const ij = es256(SD_HEADER, { ...BASE, _sd: [d1.digest] });
// Issuer bugs: the digest over the decoded JSON, and a hex digest.
const json = JSON.stringify([salt(), 'email', 'a@example.com']);
const overJson = createHash('sha256').update(json).digest('base64url');
const jsonBug = es256(SD_HEADER, { ...BASE, _sd: [overJson] });
const hexText = b64url(JSON.stringify([salt(), 'email', 'b@example.com']));
const hexBug = es256(SD_HEADER, { ...BASE, _sd: [createHash('sha256').update(hexText).digest('hex')] });

const cases: Case[] = [
  { name: 'issue 14: an injected Disclosure (role admin)', token: present(ij, [d1, injected]), key, expected: 'error', count: 1 },
  { name: 'issue 14: digest taken over the decoded JSON', token: present(jsonBug, [b64url(json)]), key, expected: 'error' },
  { name: 'issue 14: hex digest', token: present(hexBug, [hexText]), key, expected: 'error' },
  { name: 'issue 14: every Disclosure referenced', token: present(ij, [d1]), key, expected: undefined },
];

describe(RULE, () => {
  ruleSuite(RULE, cases);
  it('issue 14: an injected claim is not in the processed claims', async () => {
    const report = await run(present(ij, [d1, injected]), { key });
    expect(report.sd?.claims).not.toHaveProperty('role');
    expect(report.sd?.disclosures.map((d) => d.referenced)).toEqual([true, false]);
  });
  it('issue 14: the message names the likely cause (stated as structured data: two different findings)', async () => {
    const a = hits(await run(present(jsonBug, [b64url(json)]), { key }), RULE)[0]!.message;
    const b = hits(await run(present(hexBug, [hexText]), { key }), RULE)[0]!.message;
    expect(a).not.toBe(b);
  });
});
