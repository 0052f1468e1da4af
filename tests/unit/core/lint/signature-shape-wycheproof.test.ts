// Wycheproof's SpecialCaseEs256 group names r and s in each case ("rIsZero_sIsNminus1"): the
// section C signature-shape rules must say exactly what the name says (tests/vectors/wycheproof).
import { describe, expect, it } from 'vitest';
import { hits } from '../../helpers/mint';
import { check, readVectors } from '../../conformance/vectors';

interface Case { tcId: number; comment: string; jws: string | object; result: string }
interface Group { comment: string; public?: object; private?: object; tests: Case[] }

const FILE = 'wycheproof/json_web_signature_test.json';
const groups = readVectors<{ testGroups: Group[] }>(FILE).testGroups;
const special = groups.find((g) => g.comment === 'SpecialCaseEs256');
const key = special && (special.public && Object.keys(special.public).length ? special.public : special.private);

const NAMED = /^rIs(Zero|One|Nminus1|N)_sIs(Zero|One|Nminus1|N)$/;
const named = (special?.tests ?? []).flatMap((t) => {
  const m = NAMED.exec(t.comment);
  return m ? [{ ...t, r: m[1]!, s: m[2]! }] : [];
});
const wrongLength = (special?.tests ?? []).filter((t) => /TooLong|TooBig|TrailingZeros|Overflow/.test(t.comment));
const fires = async (token: string | object, rule: string) => hits(await check(token, key), rule).length > 0;

describe('Wycheproof SpecialCaseEs256 signature shapes', () => {
  it('has the 16 named r/s cases', () => {
    expect(named).toHaveLength(16);
  });

  it.each(named)('tcId $tcId $comment', async ({ jws, r, s }) => {
    expect(await fires(jws, 'ecdsa-psychic-signature')).toBe(r === 'Zero' || s === 'Zero');
    expect(await fires(jws, 'ecdsa-scalar-out-of-range')).toBe(r === 'N' || s === 'N');
    expect(await fires(jws, 'ecdsa-high-s')).toBe(s === 'Nminus1');
    expect(await fires(jws, 'ecdsa-der-signature')).toBe(false);
    expect(await fires(jws, 'sig-length-mismatch')).toBe(false);
  });

  it.each(wrongLength)('tcId $tcId $comment: a wrong-length signature', async ({ jws }) => {
    expect(await fires(jws, 'sig-length-mismatch')).toBe(true);
  });
});
