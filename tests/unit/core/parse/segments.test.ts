import { describe, expect, it } from 'vitest';
import { JWE_NAMES, namedSegments, rawSegmentOf, segmentOf, splitDots, undecodable } from '../../../../src/core/parse/segments';

describe('splitDots', () => {
  it.each([
    ['a.b.c', [['a', 0, 1], ['b', 2, 3], ['c', 4, 5]]],
    ['a..c', [['a', 0, 1], ['', 2, 2], ['c', 3, 4]]],
    ['a.b.', [['a', 0, 1], ['b', 2, 3], ['', 4, 4]]],
    ['', [['', 0, 0]]],
    ['.', [['', 0, 0], ['', 1, 1]]],
  ])('%s', (text, expected) => {
    expect(splitDots(text).map((p) => [p.raw, p.from, p.to])).toEqual(expected);
  });

  it('gives offsets that slice back to each piece', () => {
    const text = 'eyJ.ab c.\n.x';
    for (const p of splitDots(text)) expect(text.slice(p.from, p.to)).toBe(p.raw);
  });
});

describe('segments', () => {
  it('analyses and decodes each named piece', () => {
    const [h, p, s] = namedSegments(splitDots('eyJhIjoxfQ.e30=.'), ['header', 'payload', 'signature']);
    expect(h).toMatchObject({ name: 'header', issues: [] });
    expect(new TextDecoder().decode(h!.bytes)).toBe('{"a":1}');
    expect(p!.issues).toEqual(['padding']);
    expect(s).toMatchObject({ name: 'signature', raw: '', issues: [] });
  });

  it('flags an empty header only (an empty payload can be legal empty or detached content)', () => {
    expect(segmentOf('header', { raw: '', from: 0, to: 0 }).issues).toEqual(['empty']);
    expect(segmentOf('payload', { raw: '', from: 1, to: 1 }).issues).toEqual([]);
    expect(segmentOf('encrypted_key', { raw: '', from: 1, to: 1 }).issues).toEqual([]);
  });

  it('names JWE segments and ignores pieces beyond the names', () => {
    const segments = namedSegments(splitDots('a.b.c.d.e.f'), JWE_NAMES);
    expect(segments.map((s) => s.name)).toEqual(['header', 'encrypted_key', 'iv', 'ciphertext', 'tag']);
  });

  it('takes an unencoded payload as its UTF-8 bytes, with no base64 issues', () => {
    const s = rawSegmentOf({ raw: '$.02 é', from: 3, to: 9 });
    expect(s.issues).toEqual([]);
    expect(new TextDecoder().decode(s.bytes)).toBe('$.02 é');
  });

  it('finds the first segment that cannot be decoded', () => {
    const segments = namedSegments(splitDots('e30.e30=.a?b'), ['header', 'payload', 'signature']);
    expect(undecodable(segments)?.name).toBe('signature');
    expect(undecodable(segments.slice(0, 2))).toBeUndefined();
  });
});
