import { describe, expect, it } from 'vitest';
import { type Case, ruleSuite } from '../../helpers/rule-suite';
import { run } from '../../helpers/mint';
import { BASE, issuerJwk, simple } from '../../helpers/sd-jwt';

const RULE = 'kb-sd-hash-mismatch';
const key = issuerJwk();
const full = simple({ given_name: 'Alice', email: 'a@example.com' }, BASE, { kb: {} });
// The second Disclosure removed after the Holder signed.
const kbJwt = full.token.slice(full.token.lastIndexOf('~') + 1);
const dropped = full.token.replace(`${full.disclosures[1]!.text}~`, '');

const cases: Case[] = [
  { name: 'issue 14: a Disclosure removed after signing', token: dropped, key, expected: 'error', count: 1 },
  { name: 'issue 14: sd_hash without the final ~', token: simple({ given_name: 'Alice' }, BASE, { kb: { payload: { sd_hash: 'x' } } }).token, key, expected: 'error' },
  { name: 'issue 14: the presentation as signed', token: full.token, key, expected: undefined },
];

describe(RULE, () => {
  ruleSuite(RULE, cases);
  it('issue 14: keyBinding keeps the signature verdict apart from sdHashMatches', async () => {
    expect((await run(full.token, { key })).sd?.keyBinding).toEqual({ status: 'valid', sdHashMatches: true });
    expect((await run(dropped, { key })).sd?.keyBinding).toEqual({ status: 'valid', sdHashMatches: false });
    expect(kbJwt.split('.')).toHaveLength(3);
  });
});
