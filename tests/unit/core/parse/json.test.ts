import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeJson, MAX_DEPTH, parseJsonText } from '../../../../src/core/parse/json/index';
import type { JsonEncodingIssue, JsonNode } from '../../../../src/core/report';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? Array.from(new TextEncoder().encode(p)) : p)));

describe('parseJsonText: values', () => {
  it.each([
    ['{"alg":"HS256","typ":"JWT"}'],
    ['[1,2,3]'],
    ['"text"'],
    ['-12.5e+3'],
    ['true'],
    ['null'],
    [' { "a" : [ {}, [], "x\\n\\u00e9\\ud83d\\ude00" ] } '],
  ])('parses %s as JSON.parse does', (text) => {
    const r = parseJsonText(text);
    expect(r.error).toBeUndefined();
    expect(r.value).toEqual(JSON.parse(text));
  });

  it('agrees with JSON.parse on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = JSON.stringify(v);
        const r = parseJsonText(text);
        expect(r.error).toBeUndefined();
        expect(r.value).toEqual(JSON.parse(text));
      }),
    );
  });

  it('keeps number lexemes exactly', () => {
    const r = parseJsonText('{"sub":9007199254740993,"exp":1e3,"n":-0.10}');
    const members = (r.node as Extract<JsonNode, { type: 'object' }>).members;
    expect(members.map((m) => (m.value.type === 'number' ? m.value.raw : ''))).toEqual(['9007199254740993', '1e3', '-0.10']);
    expect((r.value as Record<string, number>).sub).toBe(9007199254740992);
  });

  it('gives spans of members, names and values', () => {
    const text = '{"alg": "HS256", "n": [1, 2]}';
    const root = parseJsonText(text).node as Extract<JsonNode, { type: 'object' }>;
    const [alg, n] = root.members;
    expect(text.slice(alg!.nameSpan.from, alg!.nameSpan.to)).toBe('"alg"');
    expect(text.slice(alg!.value.span.from, alg!.value.span.to)).toBe('"HS256"');
    expect(text.slice(alg!.span.from, alg!.span.to)).toBe('"alg": "HS256"');
    expect(text.slice(n!.value.span.from, n!.value.span.to)).toBe('[1, 2]');
    expect(root.span).toEqual({ from: 0, to: text.length });
  });

  it('keeps a __proto__ member as data, as JSON.parse does', () => {
    const r = parseJsonText('{"__proto__":{"admin":true}}');
    expect(Object.getPrototypeOf(r.value)).toBe(Object.prototype);
    expect(Object.keys(r.value as object)).toEqual(['__proto__']);
  });
});

describe('parseJsonText: duplicates and escaped names', () => {
  it('records duplicates after unescaping, with every occurrence', () => {
    const r = parseJsonText('{"alg":"HS256","\\u0061lg":"none","alg":"RS256"}');
    expect(r.duplicates).toHaveLength(1);
    expect(r.duplicates[0]!.name).toBe('alg');
    expect(r.duplicates[0]!.path).toEqual([]);
    expect(r.duplicates[0]!.spans).toHaveLength(3);
    expect((r.value as Record<string, unknown>).alg).toBe('RS256');
    const names = (r.node as Extract<JsonNode, { type: 'object' }>).members.map((m) => [m.rawName, m.escaped]);
    expect(names).toEqual([['alg', false], ['\\u0061lg', true], ['alg', false]]);
  });

  it('gives the path of the object that holds them', () => {
    const r = parseJsonText('{"a":{"b":[{"c":1,"c":2}]},"d":{"e":1,"e":1}}');
    expect(r.duplicates.map((d) => [d.path, d.name])).toEqual([
      [['a', 'b', '0'], 'c'],
      [['d'], 'e'],
    ]);
  });
});

describe('parseJsonText: errors are values with an offset', () => {
  it.each([
    ['trailing data', '{"alg":"HS256"}x', 15],
    ['truncated object', '{"alg":"HS256"', 14],
    ['empty text', '', 0],
    ['missing value', '{"a":}', 5],
    ['trailing comma', '[1,]', 3],
    ['unquoted name', '{alg:1}', 1],
    ['bad escape', '"\\x"', 1],
    ['short unicode escape', '"\\u12"', 1],
    ['unterminated string', '"abc', 0],
    ['leading zero', '01', 1],
    ['single quotes', "{'a':1}", 1],
    ['NaN', 'NaN', 0],
    ['two values', '1 2', 2],
  ])('%s', (_name, text, offset) => {
    const r = parseJsonText(text);
    expect(r.node).toBeUndefined();
    expect(r.value).toBeUndefined();
    expect(r.error?.offset).toBe(offset);
    expect(r.error?.message.length).toBeGreaterThan(0);
  });

  it('never throws on random text and agrees with JSON.parse on validity', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const r = parseJsonText(text);
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        // A raw control character in a string is tolerated (and reported) where JSON.parse throws.
        if (!r.encodingIssues.includes('control-character') && !r.encodingIssues.includes('bom')) {
          expect(r.error === undefined).toBe(valid);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseJsonText: depth', () => {
  it.each([
    ['"x"', 0],
    ['{}', 1],
    ['{"a":{"b":[1]}}', 3],
  ])('%s has depth %i', (text, depth) => {
    expect(parseJsonText(text).depth).toBe(depth);
  });

  it('stops past the maximum depth without throwing (1000 nested arrays)', () => {
    const text = `{"a":${'['.repeat(1000)}${']'.repeat(1000)}}`;
    const r = parseJsonText(text);
    expect(r.depth).toBe(MAX_DEPTH + 1);
    expect(r.error).toBeDefined();
    expect(r.node).toBeUndefined();
  });

  it('parses nesting up to the maximum', () => {
    const r = parseJsonText(`${'['.repeat(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}`);
    expect(r.error).toBeUndefined();
    expect(r.depth).toBe(MAX_DEPTH);
  });

  it('handles 200 000 levels of nesting without a stack overflow', () => {
    expect(() => parseJsonText('['.repeat(200_000))).not.toThrow();
  });
});

describe('decodeJson: encodings', () => {
  it.each<[string, Uint8Array, JsonEncodingIssue[], unknown]>([
    ['plain UTF-8', bytes('{"a":"é"}'), [], { a: 'é' }],
    ['UTF-8 BOM', bytes([0xef, 0xbb, 0xbf], '{"alg":"HS256"}'), ['bom'], { alg: 'HS256' }],
    ['invalid UTF-8', bytes('{"a":"', [0xff, 0xfe], '"}'), ['invalid-utf8'], { a: '\ufffd\ufffd' }],
    ['UTF-16LE', bytes([0x7b, 0, 0x7d, 0]), ['utf16-or-utf32'], {}],
    ['UTF-16BE', bytes([0, 0x7b, 0, 0x7d]), ['utf16-or-utf32'], {}],
    ['UTF-16 with BOM', bytes([0xff, 0xfe, 0x7b, 0, 0x7d, 0]), ['utf16-or-utf32', 'bom'], {}],
    ['UTF-32LE', bytes([0x5b, 0, 0, 0, 0x5d, 0, 0, 0]), ['utf16-or-utf32'], []],
    ['UTF-32BE', bytes([0, 0, 0, 0x5b, 0, 0, 0, 0x5d]), ['utf16-or-utf32'], []],
    ['raw NUL in a string', bytes('{"a":"x', [0], '"}'), ['control-character'], { a: 'x\0' }],
    ['raw tab in a string', bytes('{"a":"\t"}'), ['control-character'], { a: '\t' }],
    ['lone high surrogate escape', bytes('{"a":"\\ud800"}'), ['lone-surrogate'], { a: '\ud800' }],
    ['lone low surrogate escape', bytes('{"a":"\\udc00x"}'), ['lone-surrogate'], { a: '\udc00x' }],
    ['surrogate pair escape', bytes('{"a":"\\ud83d\\ude00"}'), [], { a: '😀' }],
  ])('%s', (_name, input, issues, value) => {
    const r = decodeJson(input);
    expect([...r.encodingIssues].sort()).toEqual([...issues].sort());
    expect(r.value).toEqual(value);
  });

  it('keeps a BOM in the text, so spans stay byte-aligned with the segment', () => {
    const r = decodeJson(bytes([0xef, 0xbb, 0xbf], '{"alg":"HS256"}'));
    expect(r.text.charCodeAt(0)).toBe(0xfeff);
    expect(r.node?.span.from).toBe(1);
  });
});

describe('speed', () => {
  it('parses a 1 MB payload of 20 000 strings', () => {
    const groups = Array.from({ length: 20_000 }, (_, i) => `engineering-platform-team-${i}-readers-and-writers`);
    const text = JSON.stringify({ sub: 'u1', groups });
    expect(text.length).toBeGreaterThan(1_000_000);
    const r = parseJsonText(text);
    expect((r.value as { groups: string[] }).groups).toHaveLength(20_000);
  });
});
