// Indents JSON text for display without parsing it: member order, duplicates, escapes and number
// lexemes stay exactly as in the token. Returns a map from each offset of the original text to
// the shown text, so findings' spans can be underlined in the pretty view.
export interface Pretty {
  text: string;
  /** map[i] = offset in `text` of the original offset i (length: original length + 1). */
  map: Int32Array;
}

const MAX_INDENT = 24;
const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\r' || c === '\t';

export function prettyJson(src: string): Pretty {
  const map = new Int32Array(src.length + 1);
  let out = '';
  let depth = 0;
  const newline = () => {
    out += '\n' + '  '.repeat(Math.min(depth, MAX_INDENT));
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    map[i] = out.length;
    if (c === '"') {
      const end = stringEnd(src, i);
      for (let k = i; k < end; k++) map[k] = out.length + (k - i);
      out += src.slice(i, end);
      i = end;
      continue;
    }
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === '{' || c === '[') {
      let j = i + 1;
      while (j < src.length && isSpace(src[j]!)) j++;
      if (src[j] === (c === '{' ? '}' : ']')) {
        for (let k = i + 1; k <= j; k++) map[k] = out.length + 1;
        out += c + src[j];
        i = j + 1;
        continue;
      }
      out += c;
      depth++;
      newline();
    } else if (c === '}' || c === ']') {
      depth = Math.max(0, depth - 1);
      newline();
      map[i] = out.length;
      out += c;
    } else if (c === ',') {
      out += c;
      newline();
    } else if (c === ':') {
      out += ': ';
    } else {
      out += c;
    }
    i++;
  }
  map[src.length] = out.length;
  return { text: out, map };
}

/** Offset just past the closing quote of the string starting at `start` (or the end of text). */
function stringEnd(src: string, start: number): number {
  let i = start + 1;
  while (i < src.length) {
    const c = src[i];
    if (c === '\\') i += 2;
    else if (c === '"') return i + 1;
    else i++;
  }
  return src.length;
}
