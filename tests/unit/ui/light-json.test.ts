import { describe, expect, it } from 'vitest';
import { jsonMarks } from '../../../src/ui/editor/light-json';

const kinds = (text: string) => jsonMarks(text).map((m) => [text.slice(m.from, m.to), m.kind]);

describe('light JSON colours (issue 15: a large payload is coloured on screen only)', () => {
  it('issue 15: member names, strings, numbers and literals of indented JSON', () => {
    const text = '{\n  "sub": "u-1",\n  "exp": 1700000000,\n  "ok": true,\n  "n": -1.5e3,\n  "x": null\n}';
    expect(kinds(text)).toEqual([
      ['"sub"', 'key'], ['"u-1"', 'string'], ['"exp"', 'key'], ['1700000000', 'number'], ['"ok"', 'key'], ['true', 'literal'],
      ['"n"', 'key'], ['-1.5e3', 'number'], ['"x"', 'key'], ['null', 'literal'],
    ]);
  });

  it('issue 15: escaped quotes stay inside their string; offsets start at the base', () => {
    const text = '"a\\"b": "c\\\\"';
    expect(kinds(text)).toEqual([['"a\\"b"', 'key'], ['"c\\\\"', 'string']]);
    expect(jsonMarks(text, 100)[0]).toEqual({ from: 100, to: 106, kind: 'key' });
  });
});
