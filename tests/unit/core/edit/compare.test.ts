import { describe, expect, it } from 'vitest';
import { compareParts } from '../../../../src/core/index';

describe('compareParts', () => {
  it('issue 12: lists members added, removed and changed, with their value text', () => {
    const changes = compareParts('{"sub":"a","iat":1,"exp":2}', '{"sub":"b","exp":2,"nbf":3}');
    expect(changes).toEqual([
      { name: 'sub', change: 'changed', before: '"a"', after: '"b"' },
      { name: 'nbf', change: 'added', after: '3' },
      { name: 'iat', change: 'removed', before: '1' },
    ]);
  });

  it('issue 12: spacing and member order inside values do not count as changes; number lexemes do', () => {
    expect(compareParts('{"a":{"x":1,"y":[1,2]}}', '{\n  "a": { "y": [1, 2], "x": 1 }\n}')).toEqual([]);
    expect(compareParts('{"n":12345678901234567890}', '{"n":12345678901234567891}')).toEqual([
      { name: 'n', change: 'changed', before: '12345678901234567890', after: '12345678901234567891' },
    ]);
    expect(compareParts('{"n":1}', '{"n":"1"}')[0]?.change).toBe('changed');
  });

  it('issue 12: the member that counts is the last of its name', () => {
    expect(compareParts('{"a":1,"a":2}', '{"a":2}')).toEqual([]);
  });

  it('issue 12: a part that is not a JSON object is compared as text', () => {
    expect(compareParts('hello', 'hello')).toEqual([]);
    expect(compareParts('hello', '{"a":1}')).toEqual([{ change: 'changed' }]);
  });
});
