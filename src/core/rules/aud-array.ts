import type { LintRule, RuleHit } from './types';
import { hitAt, memberOf } from './context';
import { clip } from '../claims/words';

export const audArray: LintRule = {
  id: 'aud-array',
  severity: 'info',
  input: 'T',
  title: 'Audience is a list',
  explanation:
    'The `aud` claim is an array. Some libraries expect a single string and skip the audience check on an array (jwt-go, CVE-2020-26160), ' +
    'and a token listing several audiences can be replayed at every one of them; an empty list or non-string entries are worse still.',
  references: ['RFC 7519 §4.1.3', 'RFC 8725 §2.7', 'CVE-2020-26160'],
  check(ctx) {
    const aud = memberOf(ctx, 'payload', 'aud');
    if (!ctx.payload || aud?.value.type !== 'array') return [];
    const items = aud.value.items;
    const at = { part: 'payload' as const, from: aud.value.span.from, to: aud.value.span.to };
    const out: RuleHit[] = [];
    const bad = items.filter((item) => item.type !== 'string');
    if (bad.length) {
      const first = bad[0]!;
      const what = bad.length === 1 ? `entry ${clip(ctx.token.payload?.json?.text.slice(first.span.from, first.span.to) ?? '', 40)} is not a string` : `${bad.length} entries are not strings`;
      out.push(hitAt(`\`aud\` ${what}; audience values must be strings, and libraries disagree on what to do with the rest.`, { part: 'payload', from: first.span.from, to: first.span.to }, 'error'));
    }
    if (items.length === 0) {
      out.push(hitAt('`aud` is an empty list: the token names no audience, and some libraries then skip the audience check.', at, 'warning'));
    } else if (items.length > 1) {
      out.push(hitAt(`\`aud\` lists ${items.length} audiences: the token can be replayed at each of them.`, at, 'warning'));
    } else if (!bad.length) {
      out.push(hitAt('`aud` is a one-element list rather than a string; libraries that expect a string may skip the audience check.', at, 'info'));
    }
    return out;
  },
};
