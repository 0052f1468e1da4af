import { createHash } from 'node:crypto';
import { describe } from 'vitest';
import { type Case, ruleSuite } from './de-cases';
import { jwt } from './m-cases';

const RULE = 'idt-token-hash';
// OIDC Core 1.0 appendix A.6 (values in tests/vectors/related/oidc_core_hash_examples.json).
const ACCESS = 'jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y';
const CODE = 'Qcb0Orv1zh30vL1MPRsbm-diHiMwcLyZvn1arpZv-Jxf_11jnpEX3Tgfvk';
const ID = { iss: 'https://server.example.com', sub: '248289761001', aud: 's6BhdRkqt3', nonce: 'n-0S6_WzA2Mj', exp: 1311281970, iat: 1311280970 };
const half = (alg: string, value: string, len?: number) => {
  const d = len ? createHash(alg, { outputLength: len }).update(value).digest() : createHash(alg).update(value).digest();
  return d.subarray(0, d.length / 2).toString('base64url');
};

const cases: Case[] = [
  { name: 'catalogue example: at_hash matches (RS256)', token: jwt({ alg: 'RS256' }, { ...ID, at_hash: '77QmUPtjPfzWtF2AnpK9RQ' }), related: ACCESS, expected: undefined },
  { name: 'catalogue example: c_hash matches the code', token: jwt({ alg: 'RS256' }, { ...ID, c_hash: 'LDktKdoQak3Pk0cnXxCltA' }), related: CODE, expected: undefined },
  { name: 'catalogue example: access token changed', token: jwt({ alg: 'RS256' }, { ...ID, at_hash: '77QmUPtjPfzWtF2AnpK9RQ' }), related: ACCESS.slice(0, -1) + 'Z', expected: 'error' },
  { name: 'catalogue example: ES384 expects SHA-384', token: jwt({ alg: 'ES384' }, { ...ID, at_hash: '77QmUPtjPfzWtF2AnpK9RQ' }), related: ACCESS, expected: 'error' },
  { name: 'ES384 with the SHA-384 half', token: jwt({ alg: 'ES384' }, { ...ID, at_hash: half('sha384', ACCESS) }), related: ACCESS, expected: undefined },
  { name: 'Ed448 with SHAKE256/114', token: jwt({ alg: 'Ed448' }, { ...ID, at_hash: half('shake256', ACCESS, 114) }), related: ACCESS, expected: undefined },
  { name: 'ML-DSA-65 with SHAKE256/64', token: jwt({ alg: 'ML-DSA-65' }, { ...ID, at_hash: half('shake256', ACCESS, 64) }), related: ACCESS, expected: undefined },
  { name: 'EdDSA without a key: SHA-512 assumed (info)', token: jwt({ alg: 'EdDSA' }, { ...ID, at_hash: half('sha512', ACCESS) }), related: ACCESS, expected: 'info', at: false },
  { name: 'ID token without hash claims: info', token: jwt({ alg: 'RS256' }, ID), related: ACCESS, expected: 'info', at: false },
  { name: 'alg none: info', token: `${jwt({ alg: 'none' }, { ...ID, at_hash: 'x' }).slice(0, -4)}`, related: ACCESS, expected: 'info' },
  { name: 'no related value', token: jwt({ alg: 'RS256' }, { ...ID, at_hash: 'x' }), expected: undefined },
];

describe(RULE, () => ruleSuite(RULE, cases));
