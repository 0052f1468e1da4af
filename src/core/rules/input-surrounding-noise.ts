import type { Stripped } from '../report';
import type { LintRule, RuleContext } from './types';
import { whitespaceWords } from '../lint/whitespace-words';

export const inputSurroundingNoise: LintRule = {
  id: 'input-surrounding-noise',
  severity: 'info',
  input: 'T',
  title: 'Copy-paste noise around the token',
  explanation:
    'The pasted text had whitespace, quotes, trailing punctuation, URL-encoding, an HTTP request, a second token or other wrapping around the token, which was cleaned up before decoding. The cleaned string is not byte-for-byte what the issuer produced, which matters for anything keyed on the exact token text.',
  references: ['RFC 7515 §7.1'],
  check(ctx) {
    const seen = new Set<string>();
    const hits = ctx.extraction.stripped.flatMap((s) => {
      const what = describe(s, ctx);
      if (!what || seen.has(what)) return [];
      seen.add(what);
      return [{ message: what }];
    });
    const { name, alternatives = [] } = ctx.extraction;
    if (alternatives.length && !ctx.extraction.stripped.some((s) => s.kind === 'other-tokens')) {
      const others = alternatives.map((a) => a.name).join(', ');
      const more = alternatives.length === 1 ? 'another token' : `${alternatives.length} more tokens`;
      hits.push({ message: `The paste holds ${more} (${short(others)}); the one inspected is ${name ?? 'the first'}.` });
    }
    return hits;
  },
};

/** What was cleaned up, in words. Surrounding text of URLs and cookie lines is not echoed: it
 * may hold other live values. */
function describe(s: Stripped, ctx: RuleContext): string | undefined {
  switch (s.kind) {
    case 'whitespace':
      return `Removed ${whitespaceWords(s.text)} around the token.`;
    case 'quotes':
      return `Removed the quotes ${s.text} around the token.`;
    case 'trailing-punctuation':
      return `Removed the trailing ${JSON.stringify(s.text)} after the token.`;
    case 'url-encoding':
      return `Decoded URL-encoding (${short(s.text)}) in the pasted token.`;
    case 'url':
      return 'Took the token out of a URL.';
    case 'json-field':
      return `Took the token out of the JSON member ${JSON.stringify(short(s.text))}.`;
    case 'http-message':
      return 'Took the token out of a pasted HTTP request or response.';
    case 'curl-command':
      return 'Took the token out of a curl command.';
    case 'repeated-token':
      return 'The same token was pasted more than once; one copy is inspected.';
    case 'other-tokens': {
      const n = ctx.extraction.alternatives?.length ?? 0;
      return `${n === 1 ? 'Another token was' : `${n} more tokens were`} pasted right after this one; only the first is inspected.`;
    }
    case 'cookie-name':
      // After "Cookie:" it is part of the HTTP prefix (input-auth-scheme-prefix).
      return ctx.extraction.stripped.some((x) => x.kind === 'auth-scheme') ? undefined : 'Took the token out of a name=value pair.';
    default:
      return undefined;
  }
}

function short(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
