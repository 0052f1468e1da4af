import { describe, expect, it } from 'vitest';
import { whitespaceWords } from '../../../../src/core/lint/whitespace-words';

describe('whitespaceWords', () => {
  it.each([
    ['\n', 'a line break'],
    ['\r\n', 'a line break'],
    ['\n\n', '2 line breaks'],
    [' ', 'a space'],
    ['   ', '3 spaces'],
    ['\t', 'a tab'],
    ['\u00a0', 'a non-breaking space'],
    ['\u3000', 'another blank character'],
    ['  \n\r\n', '2 line breaks and 2 spaces'],
    [' \t\n', 'a line break, a space and a tab'],
    ['', ''],
  ])('issue 16: the stripped whitespace %j is said in words', (text, words) => {
    expect(whitespaceWords(text)).toBe(words);
  });
});
