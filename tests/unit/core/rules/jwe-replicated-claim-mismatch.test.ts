import { describe } from 'vitest';
import { dirA256Gcm, octJwk } from '../../helpers/jwe-mint';
import { type Case, GOOD, hs, ruleSuite } from './fijk-cases';

const RULE = 'jwe-replicated-claim-mismatch';
const KEY = new Uint8Array(32).fill(9);
const bytes = (s: string) => new TextEncoder().encode(s);
const claims = bytes(JSON.stringify(GOOD));

const cases: Case[] = [
  { name: 'header iss equals the claim', token: dirA256Gcm({ iss: GOOD.iss }, claims, KEY), key: octJwk(KEY), expected: undefined },
  { name: 'issue 13: header iss differs from the claim', token: dirA256Gcm({ iss: 'https://other.example' }, claims, KEY), key: octJwk(KEY), expected: 'warning' },
  { name: 'issue 13: header sub that the claims lack', token: dirA256Gcm({ sub: 'u1' }, bytes('{"iss":"x"}'), KEY), key: octJwk(KEY), expected: 'warning' },
  { name: 'aud string and one-element array are equal', token: dirA256Gcm({ aud: ['api'] }, claims, KEY), key: octJwk(KEY), expected: undefined },
  { name: 'issue 13: a nested JWT: compared with its payload', token: dirA256Gcm({ cty: 'JWT', sub: 'someone-else' }, bytes(hs(GOOD)), KEY), key: octJwk(KEY), expected: 'warning' },
  { name: 'no key', token: dirA256Gcm({ iss: 'https://other.example' }, claims, KEY), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
