import { describe } from 'vitest';
import { compact, rsaPublicPem } from '../../helpers/mint';
import { type Case, GOOD, hs, rs, ruleSuite, STRONG } from './de-cases';

const RULE = 'sig-not-verified';

const cases: Case[] = [
  { name: 'RS256, no key', token: rs(), expected: 'info' },
  { name: 'HS256, no key', token: hs(), expected: 'info' },
  { name: 'HS256 with an RSA public key (unusable)', token: hs(), key: rsaPublicPem(), expected: 'info' },
  { name: 'unknown alg', token: compact({ alg: 'XS256' }, GOOD, 'AAAA'), expected: 'info' },
  { name: 'HS256 with its secret', token: hs(), key: STRONG, expected: undefined },
  { name: 'RS256 with a shared secret (does not fit)', token: rs(), key: 'some-shared-secret-0123456789abcdef', expected: 'info' },
  { name: 'alg none (alg-none says it)', token: compact({ alg: 'none' }, GOOD), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
