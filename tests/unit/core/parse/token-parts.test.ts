import { describe, expect, it } from 'vitest';
import { utf8 } from '../../../../src/core/parse/token-parts';

const encoded = (text: string) => [...new TextEncoder().encode(text)];

describe('utf8 (signing input bytes)', () => {
  it.each([
    ['empty', ''],
    ['base64url text', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1MSJ9'],
    ['non-ASCII after ASCII', 'eyJ.caf\u00e9 \u20ac \u{1f600}'],
    ['a lone surrogate', 'ab\ud800cd'],
  ])('%s: the same bytes as TextEncoder', (_, text) => {
    expect([...utf8(text)]).toEqual(encoded(text));
  });

  it('encodes only the range asked for, ASCII or not', () => {
    expect([...utf8('xxabc.dexx', 2, 8)]).toEqual(encoded('abc.de'));
    expect([...utf8('xxab\u00e9.dexx', 2, 8)]).toEqual(encoded('ab\u00e9.de'));
    expect([...utf8('abc', 1, 1)]).toEqual([]);
  });
});
