import { describe } from 'vitest';
import { type Case, ruleSuite } from '../../helpers/rule-suite';
import { BASE, es256, issuerJwk, prop, SD_HEADER, present } from '../../helpers/sd-jwt';

const RULE = 'sd-salt-weak';
const key = issuerJwk();
const short = prop('given_name', 'Alice', 'abc');
const a = prop('given_name', 'Alice', '2GLC42sKQveCfGfryNRN9w');
const b = prop('email', 'a@example.com', '2GLC42sKQveCfGfryNRN9w');
const good = prop('email', 'a@example.com');
const ij = (ds: { digest: string }[]) => es256(SD_HEADER, { ...BASE, _sd: ds.map((d) => d.digest) });

const cases: Case[] = [
  { name: 'issue 14: a 3-character salt', token: present(ij([short]), [short]), key, expected: 'warning', count: 1 },
  { name: 'issue 14: one salt for two claims', token: present(ij([a, b]), [a, b]), key, expected: 'warning', count: 1 },
  { name: 'issue 14: 128-bit salts, each once', token: present(ij([a, good]), [a, good]), key, expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
