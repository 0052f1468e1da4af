import type { LintRule } from './types';

export const inputAuthSchemePrefix: LintRule = {
  id: 'input-auth-scheme-prefix',
  severity: 'info',
  input: 'T',
  title: 'Pasted with an HTTP header prefix',
  explanation:
    'The pasted text started with an HTTP prefix such as "Bearer ", "Authorization:" or "Cookie: name=", which was removed before decoding. That usually means a live credential was copied from a request, and a verifier fed the raw header value would fail.',
  references: ['RFC 6750 §2.1'],
  check(ctx) {
    const stripped = ctx.extraction.stripped;
    const scheme = stripped.find((s) => s.kind === 'auth-scheme');
    if (!scheme) return [];
    // Only the cookie's name: the rest of a cookie line may hold other live values.
    const cookie = stripped.find((s) => s.kind === 'cookie-name')?.text.match(/([^\s;=]+)=$/)?.[1];
    const prefix = `${scheme.text.trim()}${cookie ? ` ${cookie}=` : ''}`;
    const shown = prefix.length > 60 ? `${prefix.slice(0, 60)}…` : prefix;
    const from = /^set-cookie/i.test(scheme.text) ? 'response' : 'request';
    return [{ message: `Removed ${JSON.stringify(shown)} before the token; this is a live credential copied from an HTTP ${from}.` }];
  },
};
