// Whitespace said in words ("a line break", "2 spaces and a tab"): invisible characters shown
// as they are tell the reader nothing.

const KINDS: [test: (c: string) => boolean, one: string, many: string][] = [
  [(c) => c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029' || c === '\v' || c === '\f', 'a line break', 'line breaks'],
  [(c) => c === ' ', 'a space', 'spaces'],
  [(c) => c === '\t', 'a tab', 'tabs'],
  [(c) => c === '\u00a0' || c === '\u202f', 'a non-breaking space', 'non-breaking spaces'],
  [() => true, 'another blank character', 'other blank characters'],
];

/** E.g. "a line break", "2 line breaks and a space", "3 spaces, a tab and a line break"
 * (a CR LF pair counts as one line break); '' for ''. */
export function whitespaceWords(text: string): string {
  const counts = KINDS.map(() => 0);
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\r' && text[i + 1] === '\n') continue;
    counts[KINDS.findIndex(([test]) => test(c))]! += 1;
  }
  const words = KINDS.flatMap(([, one, many], i) => {
    const n = counts[i]!;
    return n === 0 ? [] : [n === 1 ? one : `${n} ${many}`];
  });
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
