// A shell command line split into words the way bash reads them, enough for a pasted curl
// command: whitespace separates; `\` escapes the next character and, before a line break,
// continues the line; '…' is literal; "…" takes \" \\ \$ \` escapes; $'…' takes \x escapes
// (the character after the backslash is kept). One pass, no regex over the whole text.

export interface Word {
  text: string;
  /** Offset of `text` in the command when it is written there as it is (one quoted or bare
   * run with no escapes), else null. */
  from: number | null;
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

export function shellWords(text: string): Word[] {
  const words: Word[] = [];
  let i = 0;
  while (i < text.length) {
    if (isSpace(text[i])) {
      i++;
      continue;
    }
    if (text[i] === '\\' && (text[i + 1] === '\n' || text[i + 1] === '\r')) {
      i += text[i + 1] === '\r' && text[i + 2] === '\n' ? 3 : 2;
      continue;
    }
    let out = '';
    let runs = 0;
    let escaped = false;
    let from = i;
    while (i < text.length && !isSpace(text[i])) {
      const c = text[i]!;
      runs++;
      if (c === "'" || c === '"' || (c === '$' && text[i + 1] === "'")) {
        const ansi = c === '$';
        const quote = ansi ? "'" : c;
        from = i + (ansi ? 2 : 1);
        let j = from;
        for (; j < text.length && text[j] !== quote; j++) {
          const next = text[j + 1];
          if (text[j] === '\\' && next !== undefined && (ansi || (quote === '"' && '"\\$`\n'.includes(next)))) {
            escaped = true;
            if (next !== '\n') out += next;
            j++;
          } else out += text[j];
        }
        i = j + 1;
      } else {
        from = i;
        for (; i < text.length && !isSpace(text[i]) && !`'"`.includes(text[i]!) && !(text[i] === '$' && text[i + 1] === "'"); i++) {
          if (text[i] === '\\') {
            escaped = true;
            if (text[i + 1] !== '\n' && text[i + 1] !== undefined) out += text[i + 1];
            i++;
          } else out += text[i];
        }
      }
    }
    words.push({ text: out, from: runs === 1 && !escaped ? from : null });
  }
  return words;
}
