import { describe, expect, it } from 'vitest';
import { readJsonObject, setMember } from '../../../../src/core/index';

const set = (text: string, name: string, value: string) => {
  const r = setMember(text, name, value);
  if (!r.ok) throw new Error(r.error.code);
  return r;
};

describe('setMember', () => {
  it('issue 12: replaces only the value of an existing member, keeping spacing, order and big numbers', () => {
    const text = '{ "sub" : "u",\n  "iat":1, "n": 12345678901234567890 }';
    const r = set(text, 'iat', '1700000000');
    expect(r.text).toBe('{ "sub" : "u",\n  "iat":1700000000, "n": 12345678901234567890 }');
    expect(r.change).toEqual({ from: text.indexOf('1,'), to: text.indexOf('1,') + 1, insert: '1700000000' });
  });

  it('issue 12: replaces the member that counts when the name repeats (the last, as JSON.parse reads it)', () => {
    expect(set('{"alg":"RS256","alg":"HS256"}', 'alg', '"ES256"').text).toBe('{"alg":"RS256","alg":"ES256"}');
  });

  it('issue 12: inserts a missing member before the closing brace in the text\'s own style', () => {
    expect(set('{"sub":"u"}', 'exp', '5').text).toBe('{"sub":"u","exp":5}');
    expect(set('{"a": 1}', 'exp', '5').text).toBe('{"a": 1, "exp": 5}');
    expect(set('{"a": 1, "b": 2}', 'exp', '5').text).toBe('{"a": 1, "b": 2, "exp": 5}');
    expect(set('{\n  "a": 1,\n  "b": 2\n}', 'exp', '5').text).toBe('{\n  "a": 1,\n  "b": 2,\n  "exp": 5\n}');
    expect(set('{\n  "a": 1\n}', 'exp', '5').text).toBe('{\n  "a": 1,\n  "exp": 5\n}');
    expect(set('{}', 'iat', '7').text).toBe('{"iat":7}');
    expect(set(' { } ', 'iat', '7').text).toBe(' {"iat":7 } ');
  });

  it('issue 12: escapes a name that needs it', () => {
    expect(set('{}', 'a"b', '1').text).toBe('{"a\\"b":1}');
  });

  it('issue 12: invalid JSON, a non-object and a bad value are errors, with where the text breaks', () => {
    const bad = setMember('{"a":1,}', 'b', '1');
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('json-invalid');
      expect(bad.error.at?.from).toBe(7);
    }
    const arr = setMember('[1]', 'b', '1');
    expect(!arr.ok && arr.error.code).toBe('json-not-object');
    const value = setMember('{}', 'b', '{');
    expect(!value.ok && value.error.code).toBe('value-invalid');
  });
});

describe('readJsonObject', () => {
  it('issue 12: reads an object and marks where other text breaks', () => {
    expect('node' in readJsonObject('{"a":[1,2]}')).toBe(true);
    const r = readJsonObject('{"a" 1}');
    expect('error' in r && r.error.code).toBe('json-invalid');
    expect('error' in r && r.error.at).toEqual({ from: 5, to: 6 });
    const empty = readJsonObject('');
    expect('error' in empty && empty.error.code).toBe('json-invalid');
  });
});
