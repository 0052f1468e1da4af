import { describe } from 'vitest';
import { type Case, hs, rs, ruleSuite } from './de-cases';

const RULE = 'kid-anomalous';
const kid = (value: unknown) => hs({ alg: 'HS256', kid: value });

const cases: Case[] = [
  { name: 'catalogue example: empty kid', token: kid(''), expected: 'warning' },
  { name: 'number', token: kid(1), expected: 'warning' },
  { name: 'null', token: kid(null), expected: 'warning' },
  { name: 'array', token: kid(['k1']), expected: 'warning' },
  { name: '257 characters', token: kid('k'.repeat(257)), expected: 'warning' },
  { name: 'tab', token: kid('k\t1'), expected: 'warning' },
  { name: 'newline', token: kid('k1\n'), expected: 'warning' },
  { name: 'normal kid', token: kid('k1'), expected: undefined },
  { name: '256 characters', token: kid('k'.repeat(256)), expected: undefined },
  { name: 'no kid', token: rs(), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
