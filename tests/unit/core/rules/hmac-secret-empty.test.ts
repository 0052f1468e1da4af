import { describe } from 'vitest';
import { compact } from '../../helpers/mint';
import { type Case, GOOD, hs, ruleSuite } from './de-cases';

const RULE = 'hmac-secret-empty';
const CATALOGUE =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6Ii4uLy4uLy4uLy4uLy4uLy4uL2Rldi9udWxsIn0.eyJzdWIiOiJhZG1pbiJ9.QbFdAGOKZjb9JIhPNeRYVdBtWX4JOV2caBJN9OmdkdY';

const cases: Case[] = [
  { name: 'catalogue example (kid /dev/null, empty key)', token: CATALOGUE, expected: 'error' },
  { name: 'HS256 with 64 zero bytes (JWT Editor)', token: hs({ alg: 'HS256' }, GOOD, new Uint8Array(64)), expected: 'error' },
  { name: 'HS384 with the empty key', token: hs({ alg: 'HS384' }, GOOD, ''), expected: 'error' },
  { name: 'HS512 with 128 zero bytes', token: hs({ alg: 'HS512' }, GOOD, new Uint8Array(128)), expected: 'error' },
  { name: 'HS256 with 65 zero bytes (hashed first: not the empty key)', token: hs({ alg: 'HS256' }, GOOD, new Uint8Array(65)), expected: undefined },
  { name: 'HS256 with a real secret', token: hs(), expected: undefined },
  { name: 'HS256 with an empty signature', token: compact({ alg: 'HS256' }, GOOD, ''), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
