import type { LintRule, RuleHit } from './types';
import { valueAt } from './context';
import { TIME_CLAIMS } from '../lint/time-claims';

export const claimTypeInvalid: LintRule = {
  id: 'claim-type-invalid',
  severity: 'error',
  input: 'T',
  title: 'Registered claim has the wrong type',
  explanation:
    '`exp`, `nbf` and `iat` must be JSON numbers; `iss`, `sub` and `jti` strings; `aud` a string or an array of strings. ' +
    'Libraries disagree on anything else: one rejects the token, another treats the claim as absent (a token that never expires), a third reads a numeric string as a date.',
  references: ['RFC 7519 §2 (NumericDate, StringOrURI)', 'RFC 7519 §4.1.1-§4.1.7'],
  check(ctx) {
    const payload = ctx.payload;
    if (!payload) return [];
    const out: RuleHit[] = [];
    for (const name of TIME_CLAIMS) {
      if (!Object.hasOwn(payload, name) || typeof payload[name] === 'number') continue;
      out.push({
        message: `\`${name}\` is ${describeType(payload[name])}, not a number: libraries disagree on what it means (some ignore it, so the token never expires).`,
        at: valueAt(ctx, 'payload', name),
      });
    }
    for (const name of ['iss', 'sub', 'jti']) {
      if (!Object.hasOwn(payload, name) || typeof payload[name] === 'string') continue;
      out.push({
        severity: 'warning',
        message: `\`${name}\` is ${describeType(payload[name])}, not a string.`,
        at: valueAt(ctx, 'payload', name),
      });
    }
    const aud = payload.aud;
    if (Object.hasOwn(payload, 'aud') && !isAudience(aud)) {
      out.push({
        severity: 'warning',
        message: `\`aud\` is ${describeType(aud)}, not a string or an array of strings.`,
        at: valueAt(ctx, 'payload', 'aud'),
      });
    }
    return out;
  },
};

function isAudience(aud: unknown): boolean {
  return typeof aud === 'string' || (Array.isArray(aud) && aud.every((a) => typeof a === 'string'));
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.every((a) => typeof a === 'string') ? 'an array' : 'an array with non-string items';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 30 ? `${value.slice(0, 29)}…` : value)}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number') return `the number ${value}`;
  return `the ${typeof value} ${String(value)}`;
}
