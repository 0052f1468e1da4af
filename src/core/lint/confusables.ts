// Look-alike characters that make a name read as plain ASCII: Cyrillic and Greek letters shaped
// like Latin ones, fullwidth forms, and invisible characters.

const LOOK_ALIKES: Record<string, string> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', һ: 'h', і: 'i', ї: 'i', ј: 'j', к: 'k', м: 'm', н: 'h', о: 'o',
  р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', ɡ: 'g',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y',
  І: 'I', Ј: 'J', Ѕ: 'S',
  // Greek
  α: 'a', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T',
  Υ: 'Y', Χ: 'X',
  // Latin look-alikes outside ASCII
  ı: 'i', ⅰ: 'i', ℓ: 'l',
};

const INVISIBLE = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/g;

/** The ASCII text `name` imitates, when every non-ASCII character in it is a look-alike or
 * invisible; undefined when it has other non-ASCII characters (a genuine non-Latin name). */
export function asciiSkeleton(name: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(name)) return name;
  let out = '';
  for (const ch of name.replace(INVISIBLE, '')) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out += ch;
    else if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (LOOK_ALIKES[ch]) out += LOOK_ALIKES[ch];
    else return undefined;
  }
  return out;
}
