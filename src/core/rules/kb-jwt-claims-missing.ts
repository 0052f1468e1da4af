import type { LintRule } from './types';
import { tokenAt } from '../sd-jwt/rule-parts';

export const kbJwtClaimsMissing: LintRule = {
  id: 'kb-jwt-claims-missing',
  severity: 'error',
  input: 'T',
  title: 'Key Binding JWT lacks `iat`, `aud`, `nonce` or `sd_hash`',
  explanation:
    'Without `nonce` and a single-string `aud` a Key Binding JWT can be replayed to other verifiers or transactions; ' +
    'without `sd_hash` it is not bound to the Disclosures presented with it.',
  references: ['RFC 9901 §4.3', 'RFC 9901 §7.3'],
  check(ctx) {
    const kb = ctx.sd?.kb;
    if (!kb) return [];
    const p = kb.payload ?? {};
    const problems: string[] = [];
    const missing = ['iat', 'aud', 'nonce', 'sd_hash'].filter((n) => p[n] === undefined);
    if (missing.length) problems.push(`lacks ${missing.map((n) => `\`${n}\``).join(', ')}`);
    if (p.aud !== undefined && typeof p.aud !== 'string') problems.push('has an `aud` that is not a single string');
    for (const n of ['nonce', 'sd_hash']) if (p[n] !== undefined && typeof p[n] !== 'string') problems.push(`has a \`${n}\` that is not a string`);
    if (!problems.length) return [];
    const message = `The Key Binding JWT ${problems.join('; ')}.`;
    const at = tokenAt(kb.from, kb.from === undefined ? undefined : kb.from + kb.text.length);
    return [at ? { message, at } : { message }];
  },
};
