import type { LintRule, StrippedKind } from '../types';

const WHAT: Partial<Record<StrippedKind, string>> = {
  whitespace: 'Removed whitespace or line breaks around the token',
  quotes: 'Removed the quotes around the token',
  'trailing-punctuation': 'Removed trailing punctuation after the token',
  'url-encoding': 'Decoded URL-encoding (%2E, %3D, %2B…) in the token',
  url: 'Took the token out of a URL',
};

export const inputSurroundingNoise: LintRule = {
  id: 'input-surrounding-noise',
  severity: 'info',
  title: 'Copy-paste noise around the token',
  explanation:
    'The pasted text had whitespace, quotes, trailing punctuation or URL-encoding around the token, which was cleaned up before decoding. The cleaned string is not byte-for-byte what the issuer produced, which matters for anything keyed on the exact token text.',
  references: ['RFC 7515 §7.1'],
  check(ctx) {
    return ctx.extraction.stripped.flatMap((s) => {
      const what = WHAT[s.kind];
      const shown = s.text.length > 40 ? `${s.text.slice(0, 40)}…` : s.text;
      return what ? [{ message: `${what} (${JSON.stringify(shown)}) before decoding it.` }] : [];
    });
  },
};
