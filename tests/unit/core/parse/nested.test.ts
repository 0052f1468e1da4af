import { describe, expect, it } from 'vitest';
import { findNestedTokens } from '../../../../src/core/parse/nested';
import type { ParsedToken } from '../../../../src/core/parse/types';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln';
const token = { kind: 'jws', payload: { json: {} } } as unknown as ParsedToken;
const paths = (payload: Record<string, unknown>) => findNestedTokens(token, payload).map((n) => n.path);

/** `value` wrapped in `levels` one-item arrays. */
const wrapped = (value: unknown, levels: number): unknown => (levels === 0 ? value : [wrapped(value, levels - 1)]);

describe('findNestedTokens', () => {
  it('names array items by index, at any depth', () => {
    expect(paths({ tokens: ['x', JWT, 3, null, { inner: [JWT] }], act: { token: JWT } })).toEqual([
      'claim:tokens.1',
      'claim:tokens.4.inner.0',
      'claim:act.token',
    ]);
  });

  it('follows strings in arrays down to depth 8, not 9', () => {
    expect(paths({ a: wrapped(JWT, 7) })).toEqual([`claim:a${'.0'.repeat(7)}`]);
    expect(paths({ a: wrapped(JWT, 8) })).toEqual([]);
  });

  it('stops at 16 tokens, in order', () => {
    const found = paths({ list: Array.from({ length: 40 }, (_, i) => (i % 2 ? JWT : 'no')) });
    expect(found).toEqual(Array.from({ length: 16 }, (_, i) => `claim:list.${2 * i + 1}`));
  });
});
