// Where a token can sit in a pasted HTTP message (request or response: start line, headers,
// body) or curl command (-H/--header, --oauth2-bearer, -b/--cookie, -d/--data…, the URL).
// These only find the places; extract.ts reads each one for a token and picks one.
import { shellWords } from './shell-words';
import type { StrippedKind } from '../report';

/** A place that may hold a token: `text` is the input's text at `from`, or (when `from` is
 * null) its unescaped form. */
export interface Place {
  name: string;
  text: string;
  from: number | null;
  /** The header name before `text` ("X-Auth-Token: "), taken off like an auth scheme. */
  prefix?: string;
}

export interface Found {
  kind: StrippedKind;
  places: Place[];
  /** What else the text held, for the stripped-input note, once `place` is taken. */
  rest(place: Place): string;
}

/** Headers read with their name: the auth-scheme step takes "Authorization: Bearer ",
 * "Cookie: " or "DPoP: " off the token itself. */
const WHOLE_LINE = /^(?:(?:proxy-)?authorization|(?:set-)?cookie|dpop)$/i;
const START_LINE = /^(?:[A-Z]{3,10} \S+ HTTP\/\d(?:\.\d)?|HTTP\/\d(?:\.\d)? \d{3}(?: .*)?)$/;
const HEADER_NAME = /^:?[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;
const MAX_HEADERS = 200;

/** An HTTP request or response: a start line and headers, or two or more header lines, then
 * perhaps a blank line and a body. */
export function findInHttpMessage(text: string): Found | undefined {
  if (!text.includes('\n')) return undefined;
  let at = 0;
  const line = () => {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const l = { text: text.slice(at, end > at && text[end - 1] === '\r' ? end - 1 : end), from: at };
    at = nl < 0 ? text.length : nl + 1;
    return l;
  };
  const first = line();
  const start = START_LINE.test(first.text) ? first : undefined;
  if (!start) at = 0;
  const places: Place[] = [];
  const names: string[] = [];
  while (at < text.length) {
    const { text: l, from } = line();
    if (l === '') break;
    const colon = l.indexOf(':', 1);
    const name = colon < 0 ? '' : l.slice(0, colon);
    const v = valueStart(l);
    if (!HEADER_NAME.test(name) || l.startsWith('//', v) || names.length >= MAX_HEADERS) return undefined;
    names.push(name);
    places.push(WHOLE_LINE.test(name) ? { name, text: l, from } : { name, text: l.slice(v), from: from + v, prefix: l.slice(0, v) });
  }
  if (names.length < (start ? 1 : 2)) return undefined;
  if (start && !start.text.startsWith('HTTP/')) {
    const target = start.text.indexOf(' ') + 1;
    places.push({ name: 'URL', text: start.text.slice(target, start.text.indexOf(' ', target)), from: start.from + target });
  }
  if (text.slice(at).trim()) places.push({ name: 'body', text: text.slice(at), from: at });
  return {
    kind: 'http-message',
    places,
    rest: (place) => {
      const headers = names.filter((_, k) => places[k] !== place);
      const body = places.some((p) => p.name === 'body' && p !== place) ? 'body' : undefined;
      const line = start && places.find((p) => p.name === 'URL') === place ? start.text.replace(place.text, '…') : start?.text;
      return [line, ...headers, body].filter(Boolean).join(' · ');
    },
  };
}

function valueStart(header: string): number {
  let v = header.indexOf(':') + 1;
  while (header[v] === ' ' || header[v] === '\t') v++;
  return v;
}

const HEADER_OPTIONS = new Set(['-H', '--header', '--proxy-header']);
const NAMED_OPTIONS: Record<string, string> = {
  '--oauth2-bearer': 'Authorization',
  '-b': 'Cookie',
  '--cookie': 'Cookie',
  '--url': 'URL',
  ...Object.fromEntries(['-d', '--data', '--data-raw', '--data-binary', '--data-urlencode', '--data-ascii', '-F', '--form', '--json'].map((o) => [o, 'body'])),
};
/** Options whose argument is no place for a token (so it is not taken for the URL). */
const OTHER_ARGUMENT = /^(?:-[XoAeuUwxTEKmrC]|--(?:request|output|user-agent|referer|user|proxy-user|write-out|proxy|upload-file|cert|config|max-time|range|connect-timeout|resolve|connect-to|interface|cacert|key|continue-at))$/;

/** A curl command (`curl …`, with `\` line continuations and shell quoting). */
export function findInCurl(text: string): Found | undefined {
  if (!/^(?:\$\s+)?curl\s/.test(text)) return undefined;
  const words = shellWords(text);
  const places: Place[] = [];
  /** The words each place came from. */
  const used = new Map<Place, number[]>();
  const add = (name: string, taken: number[], skip: number, prefix?: string) => {
    const w = words[taken[taken.length - 1]!]!;
    const place = { name, text: w.text.slice(skip), from: w.from === null ? null : w.from + skip, ...(prefix ? { prefix } : {}) };
    places.push(place);
    used.set(place, taken);
  };
  const header = (at: number[], skip: number) => {
    const h = words[at[at.length - 1]!]!.text.slice(skip);
    const name = headerName(h);
    if (WHOLE_LINE.test(name)) add(name, at, skip);
    else add(name, at, skip + valueStart(h), h.slice(0, valueStart(h)));
  };
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!.text;
    const hasNext = k + 1 < words.length;
    if (HEADER_OPTIONS.has(w)) {
      if (hasNext) header([k, k + 1], 0);
      k++;
    } else if (/^-H./.test(w)) header([k], 2);
    else if (NAMED_OPTIONS[w] !== undefined) {
      if (hasNext) add(NAMED_OPTIONS[w], [k, k + 1], 0);
      k++;
    } else if (OTHER_ARGUMENT.test(w)) k++;
    else if (!w.startsWith('-')) add('URL', [k], 0);
  }
  return {
    kind: 'curl-command',
    places,
    rest: (place) => {
      const taken = used.get(place) ?? [];
      return words
        .filter((_, k) => !taken.includes(k))
        .map((w) => (/\s/.test(w.text) ? `'${w.text}'` : w.text))
        .join(' ');
    },
  };
}

function headerName(header: string): string {
  const colon = header.indexOf(':');
  return colon < 0 ? '' : header.slice(0, colon).trim();
}
