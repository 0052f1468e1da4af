import { describe } from 'vitest';
import { dirA256Gcm, octJwk } from '../../helpers/jwe-mint';
import { type Case, GOOD, hs, ruleSuite } from './fijk-cases';

const RULE = 'jwe-cty-nested-mismatch';
const KEY = new Uint8Array(32).fill(5);
const bytes = (s: string) => new TextEncoder().encode(s);
const inner = hs(GOOD);

const cases: Case[] = [
  { name: 'a signed JWT inside with cty JWT', token: dirA256Gcm({ cty: 'JWT' }, bytes(inner), KEY), key: octJwk(KEY), expected: undefined },
  { name: 'issue 13: a signed JWT inside, no cty', token: dirA256Gcm({}, bytes(inner), KEY), key: octJwk(KEY), expected: 'warning' },
  { name: 'issue 13: cty JWT over plain claims', token: dirA256Gcm({ cty: 'JWT' }, bytes(JSON.stringify(GOOD)), KEY), key: octJwk(KEY), expected: 'error' },
  { name: 'plain claims, no cty', token: dirA256Gcm({}, bytes(JSON.stringify(GOOD)), KEY), key: octJwk(KEY), expected: undefined },
  { name: 'no key', token: dirA256Gcm({}, bytes(inner), KEY), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
