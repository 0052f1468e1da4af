import type { LintRule } from '../types';

export const inputAuthSchemePrefix: LintRule = {
  id: 'input-auth-scheme-prefix',
  severity: 'info',
  title: 'Pasted with an HTTP header prefix',
  explanation:
    'The pasted text started with an HTTP prefix such as "Bearer ", "Authorization:" or "Cookie: name=", which was removed before decoding. That usually means a live credential was copied from a request, and a verifier fed the raw header value would fail.',
  references: ['RFC 6750 §2.1'],
  check(ctx) {
    const removed = ctx.extraction.stripped.filter((s) => s.kind === 'auth-scheme' || s.kind === 'cookie-name');
    if (!removed.length) return [];
    const prefix = removed.map((s) => s.text.trim()).join(' ');
    const shown = prefix.length > 60 ? `${prefix.slice(0, 60)}…` : prefix;
    return [{ message: `Removed ${JSON.stringify(shown)} before the token; this is a live credential copied from an HTTP request.` }];
  },
};
