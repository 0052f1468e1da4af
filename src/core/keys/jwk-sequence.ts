// Several JWKs pasted one after another (`{…}{…}` or one per line), as people copy a
// recipient's private key and a signer's public key into one box. Split at the top level,
// outside strings; anything between the objects other than whitespace and commas is no sequence.

/** The texts of two or more JSON objects written one after another, or undefined. */
export function splitJsonObjects(text: string): string[] | undefined {
  const pieces: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      if (depth === 0) return undefined;
      inString = true;
    } else if (c === '{' || c === '[') {
      if (depth === 0) {
        if (c === '[') return undefined;
        start = i;
      }
      depth++;
    } else if (c === '}' || c === ']') {
      depth--;
      if (depth < 0) return undefined;
      if (depth === 0) pieces.push(text.slice(start, i + 1));
    } else if (depth === 0 && !/[\s,]/.test(c)) {
      return undefined;
    }
  }
  return depth === 0 && pieces.length > 1 ? pieces : undefined;
}
